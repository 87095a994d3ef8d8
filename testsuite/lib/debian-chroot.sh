#!/bin/bash
# debian-chroot.sh - a Debian chroot with GCCs this machine does not have
# (Debian 13 "trixie": GCC 13 and 14; Debian unstable "sid": GCC 15 and
# 16), for building and testing the plugin with them.  Run as root.
#
#   debian-chroot.sh create DIR SUITE N...
#       makes DIR from nothing: debootstrap --variant=minbase SUITE, then
#       gcc-N g++-N gcc-N-plugin-dev gcc-N-multilib g++-N-multilib for
#       each N and the build and test tools (autotools, DejaGnu, texinfo,
#       make, patch).  The archive is the machine's own (the first
#       non-security URI and its Signed-By key from its apt sources, by
#       machine_archive_uris of private-apt.sh), so no mirror host name
#       is written here.  An existing DIR is removed first, unless
#       something is still mounted below it.  Apt in the chroot ignores
#       Valid-Until: an unstable mirror snapshot's Release file expires.
#   debian-chroot.sh run DIR SRC CMD...
#       runs the shell command CMD... (bash -c) in DIR as root, with SRC
#       bind-mounted at /src and /proc, /dev, /dev/pts mounted (expect,
#       and so DejaGnu, needs ptys), in /src; unmounts them afterwards.
#       Exits with CMD's status.
#
# Needs debootstrap (apt-get install debootstrap).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/private-apt.sh"

die() { echo "debian-chroot: $*" >&2; exit 1; }

# Prints the mount points at or below DIR, deepest first.
mounts_below() {   # mounts_below DIR
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r
}

# Prints "URI KEYRING" for the machine's first archive that is not a
# security archive (KEYRING "-" if its sources name none).
machine_mirror() {
    machine_archive_uris | awk '$1 !~ /-security/ { print; exit }'
}

create() {   # create DIR SUITE N...
    local dir=$1 suite=$2 uri key n pkgs=() keyopt=()
    shift 2
    [ $# -gt 0 ] || die "create: name at least one GCC version"
    case $dir in /?*) ;; *) die "create: DIR must be an absolute path";; esac
    [ -z "$(mounts_below "$dir")" ] || die "create: something is mounted below $dir"
    command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
    read -r uri key < <(machine_mirror)
    [ -n "${uri:-}" ] || die "no archive URI in the machine's apt sources"
    [ "$key" != - ] && keyopt=(--keyring="$key")
    rm -rf --one-file-system "$dir" || die "cannot remove $dir"
    mkdir -p "$dir" || die "cannot make $dir"
    debootstrap --variant=minbase "${keyopt[@]}" "$suite" "$dir" "$uri" ||
        die "debootstrap $suite from $uri failed (see $dir/debootstrap/debootstrap.log)"
    cat > "$dir/etc/apt/apt.conf.d/99asmclobber" <<'CONF'
// debian-chroot.sh: an unstable mirror snapshot's Release file expires;
// its signature is still checked.
Acquire::Check-Valid-Until "false";
Acquire::Languages "none";
APT::Install-Recommends "false";
CONF
    for n in "$@"; do
        pkgs+=("gcc-$n" "g++-$n" "gcc-$n-plugin-dev" "gcc-$n-multilib" "g++-$n-multilib")
    done
    pkgs+=(dejagnu autoconf automake libtool texinfo make patch)
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get update ||
        die "apt-get update in $dir failed"
    chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${pkgs[@]}" ||
        die "installing ${pkgs[*]} in $dir failed"
    chroot "$dir" apt-get clean
}

# Unmounts everything below DIR (the mounts run made).
unmount_below() {   # unmount_below DIR
    local m
    for m in $(mounts_below "$1"); do
        [ "$m" = "$1" ] || umount "$m" || umount -l "$m"
    done
}

run() {   # run DIR SRC CMD...
    local dir=$1 src=$2 rc
    shift 2
    [ -x "$dir/bin/bash" ] || die "run: $dir is not a chroot made by 'create'"
    [ -d "$src" ] || die "run: no directory $src"
    [ -z "$(mounts_below "$dir")" ] || die "run: something is already mounted below $dir"
    trap 'unmount_below "$dir"' EXIT
    mkdir -p "$dir/src" "$dir/proc" "$dir/dev"
    mount -t proc proc "$dir/proc" &&
    mount --rbind /dev "$dir/dev" &&
    mount --make-rslave "$dir/dev" &&
    mount --bind "$src" "$dir/src" || die "run: cannot mount into $dir"
    chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root TERM=dumb LC_ALL=C.UTF-8 /bin/bash -c "cd /src && $*"
    rc=$?
    unmount_below "$dir"
    trap - EXIT
    return $rc
}

case ${1:-} in
    create) shift; [ $# -ge 3 ] || die "usage: $0 create DIR SUITE N..."; create "$@";;
    run) shift; [ $# -ge 3 ] || die "usage: $0 run DIR SRC CMD..."; run "$@";;
    *) die "usage: $0 create DIR SUITE N... | run DIR SRC CMD...";;
esac
