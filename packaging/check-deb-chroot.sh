#!/bin/sh
# Install the .deb on a clean Debian (a debootstrap --variant=minbase chroot) and prove it works:
#
#     sudo sh packaging/check-deb-chroot.sh build/yichuang_0.1.0_amd64.deb [OUT_DIR]
#
# 1. debootstrap the build host's release (bookworm) once into a cache, then copy it for each run
#    (the cache stays pristine: every run starts from a Debian holding nothing but minbase);
# 2. apt-get install --no-install-recommends /tmp/yichuang_*.deb inside it: Depends resolve from the
#    mirror, postinst runs with no systemd running (as in a chroot, a container or an image build);
# 3. checks: dpkg status, the postinst's system user and state folder, /usr/bin commands, no shared
#    library of the bundle left unresolved (ldd), then, as an ordinary user: the clerk window offscreen
#    (and under X11 through the host's Xvfb when it has one) saved as PNG, print-samples PDFs with
#    Chinese text (pdftotext on the host), yichuang-server --help and add-hall (Alembic) as the
#    service user; a reinstall (the upgrade path); systemd-analyze verify on the shipped units;
# 4. apt-get remove, then purge: both clean, no file of the package left behind, except the server's
#    database (government records, kept on purge on purpose).
#
# Artefacts (screenshots, PDFs, logs) go to OUT_DIR (default: <deb folder>/chroot-check).
# Needs root, debootstrap and the Debian mirror. Exit status: 0 passed, 1 failed, 0 with a
# "SKIPPED" line when the mirror cannot be reached (nothing could be tested).
#
# Environment: YICHUANG_CHROOT_CACHE (default /var/cache/yichuang-chroot), YICHUANG_DEBIAN_MIRROR
# (default http://deb.debian.org/debian), YICHUANG_DEBIAN_SUITE (default: the host's codename),
# YICHUANG_CHROOT_REFRESH=1 to debootstrap the cache again, YICHUANG_CHROOT_KEEP=1 to keep the
# throw-away copy (in the cache folder) for a look after the run.
set -eu

me="check-deb-chroot"
say() { printf '%s: %s\n' "$me" "$*"; }
fail() { printf '\n%s: FAILED: %s\n' "$me" "$*" >&2; exit 1; }
now() { date +%s; }
timed() {  # timed LABEL START: print the seconds since START and remember them for the summary
    t=$(( $(now) - $2 ))
    timings="${timings}$(printf '%-28s %4d s' "$1" "$t")
"
    say "$1: ${t} s"
}

[ $# -ge 1 ] || { echo "usage: $0 yichuang_VERSION_ARCH.deb [OUT_DIR]" >&2; exit 2; }
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -f "$deb" ] || fail "$1 does not exist: build it first (python packaging/build.py)"
out=${2:-$(dirname "$deb")/chroot-check}
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot, mount): run it with sudo"
command -v debootstrap >/dev/null 2>&1 || fail "debootstrap is not installed: apt-get install debootstrap"

arch=$(dpkg-deb --field "$deb" Architecture)
package=$(dpkg-deb --field "$deb" Package)
suite=${YICHUANG_DEBIAN_SUITE:-$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")}
suite=${suite:-bookworm}
mirror=${YICHUANG_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${YICHUANG_CHROOT_CACHE:-/var/cache/yichuang-chroot}
base="$cache/$suite-$arch"
timings=""
started=$(now)

# -- the mirror: without it nothing can be installed, so that alone is a skip, not a failure
reachable() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=20).read(1)' \
            "$mirror/dists/$suite/Release" >/dev/null 2>&1
    elif command -v curl >/dev/null 2>&1; then
        curl -fsS --max-time 20 -o /dev/null "$mirror/dists/$suite/Release"
    else
        wget -q -T 20 -O /dev/null "$mirror/dists/$suite/Release"
    fi
}
if ! reachable; then
    say "SKIPPED: the Debian mirror $mirror ($suite) cannot be reached from this machine;"
    say "SKIPPED: the .deb was NOT installed on a clean system (set YICHUANG_DEBIAN_MIRROR to a reachable mirror)"
    exit 0
fi

# -- the cached minimal Debian
if [ "${YICHUANG_CHROOT_REFRESH:-0}" = 1 ] || [ ! -x "$base/usr/bin/apt-get" ]; then
    say "debootstrap --variant=minbase $suite ($arch) into $base"
    t0=$(now)
    rm -rf "$base" "$base.tmp"
    mkdir -p "$cache"
    debootstrap --variant=minbase --arch="$arch" "$suite" "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
        || { tail -20 "$cache/debootstrap.log" >&2; fail "debootstrap failed (log: $cache/debootstrap.log)"; }
    mv "$base.tmp" "$base"
    timed "debootstrap (minbase)" "$t0"
else
    say "reusing the minimal $suite in $base"
fi

# -- a throw-away copy of it
root=$(mktemp -d "$cache/run.XXXXXX")
mounted=""
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
    if [ "${YICHUANG_CHROOT_KEEP:-0}" = 1 ]; then say "kept the installed system in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
t0=$(now)
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc" && mounted="$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
# OUT_DIR is emptied: only a folder this script made before (it has the marker) or an empty one
if [ -d "$out" ] && [ ! -f "$out/.check-deb-chroot" ] && [ -n "$(ls -A "$out")" ]; then
    fail "$out is not empty and was not made by this script: choose another OUT_DIR"
fi
rm -rf "$out"
mkdir -p "$out"
: >"$out/.check-deb-chroot"
log="$out/chroot.log"
: >"$log"
timed "copy of the clean system" "$t0"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() {  # as_user NAME CMD...: an ordinary login, no root, no display
    user=$1; shift
    chroot "$root" runuser -u "$user" -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="/home/$user" \
        XDG_RUNTIME_DIR="/tmp/runtime-$user" "$@"
}
run_logged() {  # run_logged WHAT CMD...: the command's output goes to the log (shown on failure)
    what=$1; shift
    printf '\n== %s\n' "$what" >>"$log"
    if "$@" >>"$log" 2>&1; then return 0; fi
    tail -40 "$log" >&2
    fail "$what (whole log: $log)"
}

# -- install: Depends only (Recommends left out: the package must work without them)
t0=$(now)
run_logged "apt-get update" in_root apt-get update
timed "apt-get update" "$t0"
t0=$(now)
debname=$(basename "$deb")
printf '\n== apt-get install /tmp/%s\n' "$debname" >>"$log"
if ! in_root apt-get install -y --no-install-recommends "/tmp/$debname" >"$out/install.log" 2>&1; then
    cat "$out/install.log" >>"$log"
    tail -40 "$out/install.log" >&2
    fail "apt-get install of the .deb failed on a clean $suite (log: $out/install.log)"
fi
cat "$out/install.log" >>"$log"
timed "apt-get install (+ Depends)" "$t0"
grep -iE "^(dpkg|[a-z-]+): (warning|error)" "$out/install.log" | grep -v "^debconf" && \
    fail "the installation printed warnings or errors (see $out/install.log)"
grep -q "Setting up $package " "$out/install.log" || fail "apt-get did not configure $package (postinst)"

t0=$(now)
in_root dpkg-query -W -f='${Status}\n' "$package" | grep -qx "install ok installed" \
    || fail "dpkg -s $package does not say 'install ok installed'"
in_root dpkg-query -L "$package" | grep -vx "/\.*" >"$out/files.txt"
in_root dpkg-query -W -f='${Conffiles}\n' "$package" | awk 'NF {print $1}' >"$out/conffiles.txt"
for exe in /usr/bin/yichuang /usr/bin/yichuang-server; do
    in_root test -x "$exe" || fail "$exe is missing or not executable"
done
# postinst: the service account and its state folder
entry=$(in_root getent passwd yichuang) || fail "postinst did not create the system user yichuang"
case "$entry" in *:/var/lib/yichuang-server:/usr/sbin/nologin) ;; *) fail "user yichuang is wrong: $entry" ;; esac
[ "$(in_root stat -c '%U:%G %a' /var/lib/yichuang-server)" = "yichuang:yichuang 750" ] \
    || fail "postinst did not create /var/lib/yichuang-server (yichuang:yichuang, 0750)"

# every ELF of the bundle finds its libraries with the package's Depends alone (the bundle's own
# libraries through LD_LIBRARY_PATH, as PyInstaller's bootloader sets it); only Qt plugins for
# what the package does not promise (GTK theme, speech-dispatcher) may lack theirs
optional='/platformthemes/libqgtk3\.so|/texttospeech/libqtexttospeech_speechd\.so'
in_root sh -c 'find /opt/yichuang -type f \( -name "*.so*" -o -perm -u+x \) | while read -r f; do
    case "$(head -c 4 "$f" | od -An -c | tr -d " ")" in *ELF*) ;; *) continue ;; esac
    LD_LIBRARY_PATH=/opt/yichuang/_internal ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"
done' >"$out/ldd-missing.txt"
missing=$(grep -Ev "$optional" "$out/ldd-missing.txt" || true)
[ -z "$missing" ] || { echo "$missing" | head -30 >&2; fail "libraries of the bundle are not found on a clean $suite: add their packages to Depends in packaging/deb.py"; }
timed "package checks (dpkg, ldd)" "$t0"

# -- the programs, as an ordinary user with no desktop
t0=$(now)
in_root useradd --create-home --shell /bin/sh clerk
as_user clerk mkdir -p -m 0700 /tmp/runtime-clerk
shot_log="$out/clerk-offscreen.log"
as_user clerk env QT_QPA_PLATFORM=offscreen yichuang --demo --data-dir /tmp/d --demo-login S001 --role clerk \
    --screenshot /tmp/clerk-offscreen.png >"$shot_log" 2>&1 || { cat "$shot_log" >&2; fail "yichuang --demo (offscreen) failed"; }
grep -q "shown clerk" "$shot_log" || { cat "$shot_log" >&2; fail "the clerk window was not shown"; }
# without fontconfig's configuration and one Latin font (Depends: fontconfig-config, fonts-dejavu-core)
# Qt finds no font for Latin letters and digits: the bundled CJK font covers only Chinese for Qt
if grep -q "Fontconfig error" "$shot_log"; then
    cat "$shot_log" >&2
    fail "fontconfig has no configuration: Latin letters and digits would show as boxes"
fi
cp "$root/tmp/clerk-offscreen.png" "$out/"
[ "$(wc -c <"$out/clerk-offscreen.png")" -gt 20000 ] || fail "the screenshot $out/clerk-offscreen.png is (nearly) empty"
timed "clerk window (offscreen)" "$t0"

# the same under a real X server (the xcb plugin a hall PC uses), when the host has Xvfb
if command -v Xvfb >/dev/null 2>&1; then
    t0=$(now)
    display=77
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
    Xvfb ":$display" -screen 0 1600x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
    xvfb_pid=$!
    i=0
    while [ ! -e "/tmp/.X11-unix/X$display" ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
    [ -e "/tmp/.X11-unix/X$display" ] || fail "Xvfb :$display did not start on the host"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounted="$root/tmp/.X11-unix $mounted"
    xcb_log="$out/clerk-xcb.log"
    as_user clerk env QT_QPA_PLATFORM=xcb DISPLAY=":$display" yichuang --demo --data-dir /tmp/d --demo-login S001 \
        --role clerk --screenshot /tmp/clerk-xcb.png >"$xcb_log" 2>&1 \
        || { cat "$xcb_log" >&2; fail "yichuang under X11 (xcb plugin) failed: a Depends is missing?"; }
    grep -q "shown clerk" "$xcb_log" || { cat "$xcb_log" >&2; fail "the clerk window was not shown under X11"; }
    cp "$root/tmp/clerk-xcb.png" "$out/"
    umount -l "$root/tmp/.X11-unix" && mounted="$root/proc"
    kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
    timed "clerk window (X11, xcb)" "$t0"
else
    say "no Xvfb on this host: the xcb (X11) platform plugin was not started (apt-get install xvfb)"
fi

t0=$(now)
run_logged "yichuang print-samples" as_user clerk yichuang print-samples /tmp/samples
mkdir -p "$out/samples"
cp "$root"/tmp/samples/*.pdf "$out/samples/"
count=$(find "$out/samples" -name '*.pdf' | wc -l)
[ "$count" -ge 6 ] || fail "print-samples wrote $count PDFs, expected at least 6"
if command -v pdftotext >/dev/null 2>&1; then
    for pdf in "$out"/samples/*.pdf; do
        pdftotext "$pdf" - | LC_ALL=C.UTF-8 grep -qP '\p{Han}' || fail "$(basename "$pdf") has no Chinese text (font not embedded?)"
    done
else
    say "no pdftotext on this host: the PDFs' Chinese text was not checked (apt-get install poppler-utils)"
fi
timed "print-samples ($count PDFs)" "$t0"

t0=$(now)
as_user clerk yichuang-server --help >"$out/server-help.txt" 2>&1 || { cat "$out/server-help.txt" >&2; fail "yichuang-server --help failed"; }
grep -q "usage" "$out/server-help.txt" || fail "yichuang-server --help printed no usage"
db=/var/lib/yichuang-server/server.sqlite3
run_logged "yichuang-server add-hall (as the service user)" chroot "$root" runuser -u yichuang -- env -i \
    PATH=/usr/bin:/bin LANG=C.UTF-8 yichuang-server add-hall --database-url "sqlite:///$db" --code 330106001 --name 西湖区市民之家
[ -s "$root$db" ] || fail "yichuang-server add-hall did not create $db"
timed "yichuang-server" "$t0"

# -- the same package again (what an upgrade does: prerm upgrade, postinst configure with the
# user and the state folder already there): must pass and keep the server's data
t0=$(now)
run_logged "apt-get install --reinstall" in_root apt-get install -y --no-install-recommends --reinstall "/tmp/$debname"
in_root dpkg-query -W -f='${Status}\n' "$package" | grep -qx "install ok installed" || fail "reinstall left $package broken"
[ -s "$root$db" ] || fail "reinstalling the package lost the server's database $db"
timed "reinstall (upgrade path)" "$t0"

# -- the shipped systemd units. There is no systemd in the chroot, so the host's systemd-analyze
# verifies copies whose /usr/bin/yichuang* point at the installed bundle (the ExecStart check)
if command -v systemd-analyze >/dev/null 2>&1; then
    t0=$(now)
    units=$(mktemp -d)
    mkdir -m 0700 "$units/runtime"
    for unit in /lib/systemd/system/yichuang-server.service /usr/lib/systemd/user/yichuang.service \
        /usr/lib/systemd/user/yichuang-kiosk.service; do
        [ -f "$root$unit" ] || fail "$unit is not installed"
        copy="$units/$(basename "$unit")"
        sed "s|/usr/bin/yichuang|$root/opt/yichuang/yichuang|g" "$root$unit" >"$copy"
        scope=""
        case "$unit" in */user/*) scope="--user" ;; esac
        # verify may print a problem and still exit 0: any output at all is a failure
        if ! report=$(XDG_RUNTIME_DIR="$units/runtime" systemd-analyze $scope verify "$copy" 2>&1) || [ -n "$report" ]; then
            printf '%s\n' "$report" >&2
            rm -rf "$units"
            fail "systemd-analyze $scope verify $unit"
        fi
    done
    rm -rf "$units"
    timed "systemd-analyze verify" "$t0"
else
    say "no systemd-analyze on this host: the units were not verified (apt-get install systemd)"
fi

# -- remove, then purge
t0=$(now)
run_logged "apt-get remove" in_root apt-get remove -y "$package"
in_root dpkg-query -W -f='${Status}\n' "$package" | grep -qx "deinstall ok config-files" \
    || fail "after apt-get remove, dpkg does not say 'deinstall ok config-files'"
# (folders, and /lib -> usr/lib on a merged-/usr system, are shared: only files count here)
left=$(grep -vxF -f "$out/conffiles.txt" "$out/files.txt" | while read -r f; do
    if [ ! -d "$root$f" ] && { [ -L "$root$f" ] || [ -e "$root$f" ]; }; then echo "$f"; fi; done)
[ -z "$left" ] || { echo "$left" | head >&2; fail "apt-get remove left files of the package behind"; }
run_logged "apt-get purge" in_root apt-get purge -y "$package"
if in_root dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q "install\|config-files"; then
    fail "after apt-get purge, dpkg still knows $package"
fi
left=$(while read -r f; do
    if [ -d "$root$f" ]; then
        [ -L "$root$f" ] || in_root dpkg-query -S "$f" >/dev/null 2>&1 || echo "$f/"
    elif [ -L "$root$f" ] || [ -e "$root$f" ]; then echo "$f"; fi
done <"$out/files.txt")
[ -z "$left" ] || { echo "$left" | head >&2; fail "apt-get purge left files or folders of the package behind"; }
# nothing else named after it either (the server's database is kept on purpose: records)
stray=$(cd "$root" && find . -path ./proc -prune -o -path ./var/lib/dpkg -prune -o -path ./var/cache -prune \
    -o -path ./var/log -prune -o -path ./tmp -prune -o -path ./home -prune -o -path ./var/lib/yichuang-server -prune \
    -o -iname "*yichuang*" -print)
[ -z "$stray" ] || { echo "$stray" | head >&2; fail "files named after the package remain after purge"; }
[ -s "$root$db" ] || fail "purge deleted the server's database $db: it holds government records and must stay"
timed "remove + purge" "$t0"

timed "total" "$started"
say "PASSED: $debname installs, runs and is removed cleanly on a clean Debian $suite ($arch)"
say "screenshots and PDFs: $out"
printf '%s' "$timings" | sed "s/^/$me:   /"
