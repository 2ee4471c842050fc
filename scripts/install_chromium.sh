#!/bin/sh
# Headless Chromium for the console's browser tests: Debian's package, where the machine
# allows (root and apt-get); otherwise say how, and let the install go on.
for b in /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -x "$b" ] && exit 0
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium (apt-get) for the console's browser tests" >&2
  (apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; }) \
    || echo "warning: could not install chromium: the browser tests will fail until it is installed" >&2
else
  echo "warning: chromium not found: install it (apt-get install -y chromium) for the console's browser tests" >&2
fi
exit 0
