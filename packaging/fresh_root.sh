#!/usr/bin/env bash
# The proof, by hand (not in CI; as root, on Debian with network access to deb.debian.org and PyPI):
# a fresh Debian 12 root with only python3, made by debootstrap, where
#   dev  a clean clone of this repository runs `./bv test`, then `./bv run` under Xvfb (screenshot);
#   deb  dist/balanceview_*.deb (from `./bv deb`) is installed with apt-get, its smoke test runs
#        (with the statements `./bv deb` left in build/smoke-inputs),
#        and the app is started from its desktop entry under Xvfb (screenshot).
# usage: packaging/fresh_root.sh [dev|deb|all] [WORKDIR]     (default: all build/fresh-root)
# Logs and screenshots go to WORKDIR; docs/install.md quotes what they printed.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WHAT=${1:-all}
WORK=${2:-$REPO/build/fresh-root}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-77}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

say() { printf '\n=== %s\n' "$*"; }

host_tools() {  # the harness's own tools, on this machine: none of them goes into the root
  need=""
  for pair in debootstrap:debootstrap Xvfb:xvfb xdotool:xdotool import:imagemagick; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || need="$need ${pair#*:}"
  done
  if [ -n "$need" ]; then apt-get update -qq && apt-get install -y -qq $need >/dev/null; fi
}

pristine() {  # bookworm, minbase, plus python3; no package lists, as in a container image
  if [ ! -x "$WORK/pristine/usr/bin/python3" ]; then
    say "debootstrap bookworm into $WORK/pristine"
    rm -rf "$WORK/pristine"
    debootstrap --variant=minbase --include=python3 bookworm "$WORK/pristine" "$MIRROR" \
      > "$WORK/debootstrap.log"
    rm -rf "$WORK/pristine/var/lib/apt/lists/"* "$WORK/pristine/var/cache/apt/"*.bin
  fi
}

fresh() {  # a copy of the pristine root, with what a chroot needs to reach the network and X
  root="$WORK/$1"
  leave "$root"
  rm -rf "$root"
  cp -a "$WORK/pristine" "$root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  [ -d /tmp/.X11-unix ] || install -d -m 1777 /tmp/.X11-unix  # where Xvfb will put its socket
  # A network whose TLS is inspected (PIP_CERT set here) needs its CA for pip in the root too.
  if [ -n "${PIP_CERT:-}" ]; then cp "$PIP_CERT" "$root/etc/harness-ca.crt"; fi
  for dir in proc sys dev dev/pts tmp/.X11-unix; do
    mkdir -p "$root/$dir"
    mount --bind "/$dir" "$root/$dir"
  done
}

leave() {  # unmount whatever fresh() mounted
  for dir in tmp/.X11-unix dev/pts dev sys proc; do
    mountpoint -q "$1/$dir" 2>/dev/null && umount -l "$1/$dir"
  done
  return 0
}

in_root() {  # run a shell command in the root, as root, with a plain environment
  cert=""
  [ ! -f "$1/etc/harness-ca.crt" ] || cert="PIP_CERT=/etc/harness-ca.crt"
  env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DISPLAY=":$DISPLAY_NUMBER" $cert chroot "$1" /bin/sh -c "$2"
}

screen_up() {
  if ! xdotool getdisplaygeometry --display ":$DISPLAY_NUMBER" >/dev/null 2>&1; then
    Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 2
  fi
}

window_shot() {  # wait for a window named BalanceView, photograph the screen, close the app
  pid=$1; shot=$2
  if DISPLAY=":$DISPLAY_NUMBER" timeout 600 xdotool search --sync --onlyvisible --name BalanceView \
      >/dev/null; then
    sleep 3  # first paint
    import -display ":$DISPLAY_NUMBER" -window root "$shot"
    echo "window seen; screenshot $shot"
  else
    echo "no BalanceView window within 600 s" >&2
    status=1
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

dev() {
  fresh dev
  root="$WORK/dev"
  git clone --quiet "$REPO" "$root/root/balanceview"
  say "dev root: python3 only; $(in_root "$root" 'python3 --version'); dpkg: $(in_root "$root" 'dpkg -l | grep -c ^ii') packages"
  say "./bv test (in a clean clone, $(git -C "$REPO" rev-parse --short HEAD))"
  start=$(date +%s)
  code=0
  in_root "$root" 'cd /root/balanceview && ./bv test' 2>&1 | tee "$WORK/bv-test.log" || code=$?
  echo "./bv test: exit $code, $(( $(date +%s) - start )) s"
  [ "$code" = 0 ] || status=1
  say "./bv run under Xvfb :$DISPLAY_NUMBER"
  screen_up
  in_root "$root" 'cd /root/balanceview && LANG=zh_CN.UTF-8 exec ./bv run' > "$WORK/bv-run.log" 2>&1 &
  window_shot $! "$WORK/bv-run.png"
  cat "$WORK/bv-run.log"
  leave "$root"
}

deb() {
  package=$(ls "$REPO"/dist/balanceview_*.deb | tail -n 1)
  fresh deb
  root="$WORK/deb"
  cp "$package" "$root/tmp/"
  cp "$REPO/packaging/smoke_bundle.py" "$root/tmp/"
  cp -r "$REPO/build/smoke-inputs" "$root/tmp/"  # its PDF statement and CSV, made with the bundle
  say "apt-get install ./$(basename "$package") in a fresh root"
  in_root "$root" "apt-get update -qq && apt-get install -y --no-install-recommends /tmp/$(basename "$package")" \
    2>&1 | tee "$WORK/deb-install.log" | grep -v '^\(Get\|Selecting\|Preparing\|Unpacking\|Setting up\|(Reading\)' || true
  in_root "$root" 'dpkg -s balanceview | grep -E "^(Status|Version|Installed-Size)"; ls -l /usr/bin/balanceview'
  say "the harness adds poppler-utils (pdftotext reads the smoke test's PDF back)"
  in_root "$root" 'apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null'
  say "smoke test of the installed bundle (python3 runs only the harness)"
  in_root "$root" 'cd /tmp && python3 /tmp/smoke_bundle.py /opt/balanceview --inputs /tmp/smoke-inputs' 2>&1 \
    | tee "$WORK/deb-smoke.log" || status=1
  say "the desktop entry's command under Xvfb :$DISPLAY_NUMBER"
  screen_up
  command=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' \
    "$root/usr/share/applications/org.balanceview.BalanceView.desktop")
  echo "Exec=$command"
  in_root "$root" "cd /root && LANG=zh_CN.UTF-8 exec $command" > "$WORK/deb-run.log" 2>&1 &
  window_shot $! "$WORK/deb-run.png"
  cat "$WORK/deb-run.log"
  leave "$root"
}

status=0
XVFB_PID=""
trap 'leave "$WORK/dev"; leave "$WORK/deb"; [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true' EXIT
host_tools
pristine
case $WHAT in
  dev) dev ;;
  deb) deb ;;
  all) dev; deb ;;
  *) echo "usage: $0 [dev|deb|all] [WORKDIR]" >&2; exit 2 ;;
esac
exit $status
