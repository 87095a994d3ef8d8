# SeaBIOS (16- and 32-bit i386 code), its default configuration (QEMU):
# out/bios.bin.  The Makefile sets its CFLAGS with ':=' and has no hook for
# more; the compiler is its hook (make CC="gcc -fplugin=..."), as the
# cc-option tests then see the plugin too.  The shipped ACPI tables
# (src/fw/*.hex) are used, so iasl is not needed.
CB_PACKAGE=seabios
CB_VERSION=1.16.2-1
CB_NEEDS="python3"

cb_build() {   # cb_build CC PLUGIN-FLAGS, in the unpacked source
    make -j"$JOBS" PYTHON=python3 HOSTCC="$HOSTCC" CC="$1 $2"
}
