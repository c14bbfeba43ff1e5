#!/usr/bin/env bash
# README command 2: everything the tests need, then every test.
# The browser tests (HTML report, workbench, dashboard cards) drive Debian's headless Chromium through chromedriver (never downloaded by a
# test tool); install them when missing. Needs root or sudo the first time only.
set -euo pipefail
cd "$(dirname "$0")"
browser=required
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "==> Installing Debian's chromium, chromium-driver and CJK fonts for the browser tests"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  if ! { $sudo_cmd apt-get update -q && DEBIAN_FRONTEND=noninteractive \
        $sudo_cmd apt-get install -y -q chromium chromium-driver fonts-noto-cjk; }; then
    browser=absent
    echo "################################################################################"
    echo "WARNING: Chromium could not be installed: the browser tests are SKIPPED."
    echo "Install chromium and chromium-driver from Debian and run ./test.sh again."
    echo "################################################################################"
  fi
fi
exec mvn -B verify -Dtierbench.browser="$browser" "$@"
