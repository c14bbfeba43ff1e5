#!/usr/bin/env bash
#
# Tierbench demo, in one command: builds the distribution, starts it on its embedded H2 database, imports the
# bundled sample shop, classifies every customer with every installed classifier and the tier policy as of
# 2026-03-31 and 2026-06-30, prints the tiers and the migration between the runs, writes the HTML dashboard and
# the Excel workbook, and leaves the server running with the web workbench: it prints the URL and the demo login.
#
# ./demo.sh EDITION (jade, ic or wecom) does the same with that edition's own distribution
# (distribution/editions/EDITION): its configuration, its sample data and its demo script samples/EDITION/demo.script.
# ./demo.sh --stop [EDITION] stops the server at the end instead.
# Needs JDK 17 and Maven 3.8+; the first build downloads dependencies from Maven Central.
#
set -euo pipefail
cd "$(dirname "$0")"

keep_running=yes
if [ "${1:-}" = --stop ]; then keep_running=no; shift; fi
edition=${1:-core}
case "$edition" in
    core) module=distribution ;;
    jade|ic|wecom) module=distribution/editions/$edition ;;
    *) echo "usage: $0 [--stop] [jade|ic|wecom]   (no edition: the core distribution and its sample shop)" >&2
       exit 2 ;;
esac

AS_OF=${TIERBENCH_AS_OF:-2026-06-30}
# An earlier run a quarter before, so the migration matrix and the dashboard show who moved since then.
EARLIER_AS_OF=${TIERBENCH_EARLIER_AS_OF:-2026-03-31}
work=target/demo
[ "$edition" = core ] || work=target/demo-$edition
home=$work/tierbench

echo "==> Building Tierbench${1:+ ($edition edition)} (tests skipped; run them with: ./test.sh)"
if [ -f "$work/tierbench/karaf.pid" ] && "$work/tierbench/bin/status" >/dev/null 2>&1; then
    echo "==> Stopping the demo server left running by the previous ./demo.sh"
    "$work/tierbench/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do "$work/tierbench/bin/status" >/dev/null 2>&1 || break; sleep 1; done
fi
mvn -B -q -DskipTests package -pl "$module" -am

rm -rf "$work"
mkdir -p "$work"
cp -a "$module/target/assembly" "$home"

# The first port from START that nothing listens on.
free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}
# Private ssh and web ports and a one-time password, so the demo never collides with a running server or a default
# login.
port=$(free_port 28101)
sed -i "s/^sshPort *=.*/sshPort = $port/" "$home/etc/org.apache.karaf.shell.cfg"
web_port=$(free_port 28181)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $web_port/" "$home/etc/org.ops4j.pax.web.cfg"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
"$home/bin/tierbench-user" demo "$password" >/dev/null

client() {
    "$home/bin/client" -a "$port" -u demo -p "$password" -r 10 -d 1 -b 2>&1
}

stop_runtime() {
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do
        "$home/bin/status" >/dev/null 2>&1 || return 0
        sleep 1
    done
    echo "Tierbench did not stop within 60 s" >&2
    return 1
}

wait_ready() {
    for _ in $(seq 1 60); do
        if echo "tierbench:classifiers" | "$home/bin/client" -a "$port" -u demo -p "$password" -r 1 -b 2>&1 \
            | grep -q "rfm"; then return 0; fi
        sleep 1
    done
    return 1
}

echo "==> Starting Tierbench ($home)"
"$home/bin/start"
trap stop_runtime EXIT
if ! wait_ready; then
    # Karaf's first boot now and then deadlocks while refreshing its own bundles (KARAF-6089); the state it reached
    # is kept in data/, and a second start completes it.
    echo "==> Tierbench did not become ready within a minute; restarting it once"
    kill -9 "$(cat "$home/karaf.pid")" 2>/dev/null || true
    "$home/bin/start"
    wait_ready || { echo "Tierbench did not become ready; see $home/data/log/karaf.log" >&2; exit 1; }
fi

if [ "$edition" = core ]; then
echo "==> Importing the sample shop, classifying as of $EARLIER_AS_OF and $AS_OF, writing the reports"
client > "$work/transcript.txt" <<COMMANDS
tierbench:import samples/customers.csv samples/orders.csv samples/interactions.csv
tierbench:classifiers
tierbench:classify --as-of $EARLIER_AS_OF
tierbench:classify --as-of $AS_OF
tierbench:customer C000047
tierbench:migration --classifier rfm --scheme segment
tierbench:report --format html --lang zh --out reports/dashboard.html
tierbench:report --format xlsx --lang zh --out reports/customers.xlsx
COMMANDS
else
echo "==> Running the $edition edition's demo: $home/samples/$edition/demo.script"
client < "$home/samples/$edition/demo.script" > "$work/transcript.txt"
fi
cat "$work/transcript.txt"

if grep -qE "Error executing command|Command not found|FAILED|Import failed" "$work/transcript.txt"; then
    echo "==> The demo failed: see above and $home/data/log/karaf.log" >&2
    exit 1
fi

for report in dashboard.html customers.xlsx; do
    if [ ! -s "$home/reports/$report" ]; then
        echo "==> The demo failed: $home/reports/$report was not written" >&2
        exit 1
    fi
done

trap - EXIT
if [ "$keep_running" = no ]; then
    echo "==> Stopping Tierbench"
    stop_runtime
fi
echo "==> Dashboard (open in a browser, works offline): $home/reports/dashboard.html"
echo "==> Classification workbook (Excel): $home/reports/customers.xlsx"
if [ -d "$home/reports/wecom-tags" ]; then
    echo "==> WeCom tag files (steps in summary.txt): $home/reports/wecom-tags"
fi
if [ "$keep_running" = yes ]; then
    echo "==> Workbench (工作台): http://localhost:$web_port/workbench/   login: demo / $password   (role admin)"
    echo "==> Shell: $home/bin/client -a $port -u demo -p $password"
    echo "==> Done. Transcript: $work/transcript.txt. The server keeps running; stop it with: $home/bin/stop"
else
    echo "==> Done. Transcript: $work/transcript.txt. Run the server yourself with: $home/bin/karaf"
fi
