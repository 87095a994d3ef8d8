# U-Boot for QEMU x86_64 (qemu-x86_64_defconfig): the 32-bit SPL and the
# 64-bit U-Boot proper, up to u-boot.rom (binman).
# CFLAGS hook: kbuild's KCFLAGS.
CB_PACKAGE=u-boot
CB_VERSION=2023.01+dfsg-2+deb12u3
CB_NEEDS="bison flex libssl-dev libgnutls28-dev uuid-dev swig python3-dev python3-setuptools python3-pyelftools bc"

cb_build() {   # cb_build CC PLUGIN-FLAGS, in the unpacked source
    make HOSTCC="$HOSTCC" qemu-x86_64_defconfig &&
    make -j"$JOBS" CC="$1" HOSTCC="$HOSTCC" KCFLAGS="$2"
}
