# Sourced by the scripts: installs a Debian package when its program is
# missing and we are root on a machine with apt-get (CI is a fresh Debian
# machine); otherwise says what to install and exits.
#
#   need_program /usr/bin/chromium chromium   # a path or a command name

need_program() {
  local program=$1 package=$2
  if [ -x "$program" ] || command -v "$program" >/dev/null; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    printf '\n==> installing %s (apt-get)\n' "$package"
    DEBIAN_FRONTEND=noninteractive apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$package"
  else
    echo "$(basename "$0"): $program not found: install $package (apt-get install $package)" >&2
    exit 1
  fi
}
