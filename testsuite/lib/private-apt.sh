# private-apt.sh - a private apt configuration under a work directory,
# sourced by the long checks that fetch Debian packages or source packages.
#
# The system's apt state (/etc/apt, /var/lib/apt/lists, /var/cache/apt) is
# never touched.  The entries are derived from the machine's own apt
# configuration: the URIs and Signed-By of its deb822 sources files (and
# one-line sources.list entries), so no mirror host name is written into
# the repository.
#
#   private_apt_init DIR TYPES SUITES...
#       writes DIR/apt.conf and DIR/sources.list with one entry per
#       archive URI of the machine (security archives get SUITE-security)
#       for each SUITE, of TYPES ("deb", "deb-src" or "deb deb-src"), and
#       runs apt-get update against it.  Sets PRIVATE_APT_CONFIG.
#       A development suite (unstable, sid, experimental) has no security
#       archive, so the machine's security URIs get no entry for it, and
#       its entries carry check-valid-until=no: its Release file is valid
#       for a week only and a mirror may serve an older one (the signature
#       is still checked).  Binary packages ("deb") are of the machine's
#       architecture and "all".
#   papt_get ARGS...
#       apt-get with that configuration (in the current directory).
#   papt_source PKG VERSION DIR
#       downloads version VERSION of source package PKG into DIR, checks
#       each file's SHA256 against the signed index and unpacks it with
#       dpkg-source -x into DIR/PKG.
#   papt_download PKG VERSION DIR
#       downloads version VERSION (empty: the candidate) of binary package
#       PKG into DIR, checks its SHA256 against the signed index and prints
#       the .deb's path (to unpack with dpkg-deb -x).

# Prints "URI SIGNED-BY" for each archive the machine's apt sources name.
machine_archive_uris() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
            function flush() { if (uris != "") { n = split(uris, u, " "); for (i = 1; i <= n; i++) print u[i], (key == "" ? "-" : key) } uris = ""; key = "" }
            /^[ \t]*$/ { flush(); next }
            /^URIs:/ { uris = $0; sub(/^URIs:[ \t]*/, "", uris) }
            /^Signed-By:/ { key = $2 }
            END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/) { print $i, "-"; break } }' "$f"
    done
}

private_apt_init() {   # private_apt_init DIR TYPES SUITES...
    local dir=$1 types=$2 uri key suite s t line opts; shift 2
    mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/etc/preferences.d"
    : > "$dir/sources.list"
    while read -r uri key; do
        for s in "$@"; do
            suite=$s opts=""
            [ "$key" != - ] && opts="signed-by=$key"
            case $s in
                unstable|sid|experimental)
                    case $uri in *-security*) continue;; esac
                    opts="${opts:+$opts }check-valid-until=no";;
                *)
                    case $uri in *-security*) suite=$s-security;; esac;;
            esac
            for t in $types; do
                line="$t"
                [ -n "$opts" ] && line="$line [$opts]"
                echo "$line $uri $suite main" >> "$dir/sources.list"
            done
        done
    done < <(machine_archive_uris | sort -u)
    # one entry per line, duplicates (one security archive for several suites) dropped
    sort -u -o "$dir/sources.list" "$dir/sources.list"
    [ -s "$dir/sources.list" ] || { echo "private-apt: no archive URIs in the machine's apt sources" >&2; return 1; }
    cat > "$dir/apt.conf" <<CONF
Dir::Etc::SourceList "$dir/sources.list";
Dir::Etc::SourceParts "-";
Dir::Etc::Preferences "$dir/etc/preferences";
Dir::Etc::PreferencesParts "$dir/etc/preferences.d";
Dir::State::Lists "$dir/lists";
Dir::Cache "$dir/cache";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT::Get::AllowUnauthenticated "false";
Acquire::Languages "none";
CONF
    PRIVATE_APT_CONFIG=$dir/apt.conf
    papt_get update
}

papt_get() {   # papt_get ARGS...: apt-get with the private configuration
    APT_CONFIG=$PRIVATE_APT_CONFIG apt-get -o Debug::NoLocking=1 "$@"
}

# papt_fetch_checked URI NAME HASH DIR: fetches URI into DIR/NAME and checks
# it against HASH ("SHA256:<hex>"); a DIR/NAME that already matches HASH is
# not fetched again.  apt quotes '+' in the URIs it fetches
# as %2b, which some Debian mirror proxies answer with 404 (seen for xen,
# ipxe, memtest86+); so the files are fetched here, with the '+' kept, and
# checked against the hashes of the signed index (Sources or Packages)
# that apt-get --print-uris prints.
papt_fetch_checked() {
    local uri=$1 name=$2 hash=$3 dir=$4
    uri=${uri#\'}; uri=${uri%\'}
    uri=${uri//%2b/+}; uri=${uri//%2B/+}
    case $hash in SHA256:*)
        [ -f "$dir/$name" ] && echo "${hash#SHA256:}  $dir/$name" | sha256sum -c --quiet - >/dev/null 2>&1 && return 0;;
    esac
    curl -fsS --retry 3 -o "$dir/$name.part" "$uri" || { echo "private-apt: cannot fetch $uri" >&2; return 1; }
    case $hash in
        SHA256:*) echo "${hash#SHA256:}  $dir/$name.part" | sha256sum -c --quiet - >&2 ||
                      { echo "private-apt: $name does not match the index's SHA256" >&2; rm -f "$dir/$name.part"; return 1; };;
        *) echo "private-apt: no SHA256 for $name in the index" >&2; rm -f "$dir/$name.part"; return 1;;
    esac
    mv -f "$dir/$name.part" "$dir/$name"
}

# papt_print_uris OPERATION ARGS...: "'URI' NAME SIZE HASH" lines of
# apt-get OPERATION --print-uris, run in an empty directory: apt-get
# download prints nothing for a file that is already in the current one
papt_print_uris() {
    local op=$1 tmp rc=0; shift
    tmp=$(mktemp -d) || return 1
    (cd "$tmp" && papt_get "$op" --print-uris "$@" 2>/dev/null | grep "^'") || rc=$?
    rmdir "$tmp"
    return $rc
}

papt_source() {   # papt_source PKG VERSION DIR
    local pkg=$1 version=$2 dir=$3 uri name size hash dsc=""
    mkdir -p "$dir"
    while read -r uri name size hash; do
        papt_fetch_checked "$uri" "$name" "$hash" "$dir" || return 1
        case $name in *.dsc) dsc=$name;; esac
    done < <(papt_print_uris source "$pkg=$version")
    [ -n "$dsc" ] || { echo "private-apt: no source package $pkg version $version in the index" >&2; return 1; }
    rm -rf "${dir:?}/$pkg"
    (cd "$dir" && dpkg-source --no-check -x "$dsc" "$pkg") >&2
}

papt_download() {   # papt_download PKG VERSION DIR
    local pkg=$1 version=$2 dir=$3 uri name size hash deb=""
    mkdir -p "$dir"
    while read -r uri name size hash; do
        papt_fetch_checked "$uri" "$name" "$hash" "$dir" || return 1
        deb=$dir/$name
    done < <(papt_print_uris download "$pkg${version:+=$version}")
    [ -n "$deb" ] || { echo "private-apt: no binary package $pkg${version:+ version $version} in the index" >&2; return 1; }
    echo "$deb"
}
