# GRUB 2 for i386-pc (BIOS): grub-core, the kernel and modules that run on
# the machine (the utilities are host programs).  Debian's patches change
# the Makefile templates, so autogen.sh runs first, as in debian/rules.
# CFLAGS hook: configure's TARGET_CFLAGS (with TARGET_CPPFLAGS as Debian
# sets it); configure's own compiler probes are not recorded.
CB_PACKAGE=grub2
CB_VERSION=2.06-13+deb12u2
CB_NEEDS="autoconf automake autopoint gettext python3 bison flex"

cb_build() {   # cb_build CC PLUGIN-FLAGS, in the unpacked source
    PYTHON=python3 ./autogen.sh &&
    env -u OUTSIDE_RECORD ./configure --with-platform=pc --target=i386 CC="$HOSTCC" \
        TARGET_CC="$1" TARGET_CPPFLAGS=-Wno-unused-but-set-variable TARGET_CFLAGS="-Os $2" &&
    make -C grub-core -j"$JOBS"
}
