/* The GIMPLE pass that checks every function.  */
#ifndef ASMCLOBBER_CHECK_PASS_H
#define ASMCLOBBER_CHECK_PASS_H

/* Creates the pass (registered by plugin-entry).  */
opt_pass *make_check_pass (gcc::context *ctx);

#endif
