# The Xen hypervisor (x86_64), its default configuration: make -C xen.
# CFLAGS hook: EXTRA_CFLAGS_XEN_CORE ("allow extra CFLAGS externally").
# Not reached by it: the 32-bit boot helpers arch/x86/boot/{cmdline,reloc}.c,
# built with flags of their own.
CB_PACKAGE=xen
CB_VERSION=4.17.5+72-g01140da4e8-1
CB_NEEDS="python3 bison flex"

cb_build() {   # cb_build CC PLUGIN-FLAGS, in the unpacked source
    make -C xen -j"$JOBS" CC="$1" HOSTCC="$HOSTCC" EXTRA_CFLAGS_XEN_CORE="$2"
}
