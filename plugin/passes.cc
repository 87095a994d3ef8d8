/* One GIMPLE pass class for the plugin's checks.  */
#include "gcc-compat.h"
#include "context.h"
#include "tree-pass.h"
#include "timevar.h"
#include "passes.h"

class check_pass : public gimple_opt_pass
{
public:
  check_pass (const pass_data &data, gcc::context *ctx, function_check check)
    : gimple_opt_pass (data, ctx), check (check) {}
  unsigned int execute (function *fun) final override
  {
    if (g_timer)
      g_timer->push_client_item ("asmclobber");
    unsigned int todo = check (fun);
    if (g_timer)
      g_timer->pop_client_item ();
    return todo;
  }
private:
  function_check check;
};

void
passes_register (const char *plugin_name, const char *name,
		 function_check check, const char *reference,
		 enum pass_positioning_ops pos)
{
  const pass_data data = {
    GIMPLE_PASS, name, OPTGROUP_NONE, TV_PLUGIN_RUN, PROP_cfg | PROP_ssa,
    0, 0, 0, 0
  };
  struct register_pass_info info;
  info.pass = new check_pass (data, g, check);
  info.reference_pass_name = reference;
  info.ref_pass_instance_number = 1;
  info.pos_op = pos;
  register_callback (plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}
