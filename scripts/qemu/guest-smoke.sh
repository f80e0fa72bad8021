#!/bin/sh
# Guest-side smoke test of the harness (busybox sh): kernel, nginx, ab.
set -e
uname -a
head -3 /proc/cpuinfo
nginx
wget -q -O- http://127.0.0.1/ | grep -q 'my_sysdig guest nginx'
echo "nginx serves"
ab -q -n 200 -c 4 http://127.0.0.1/ | grep -E 'Complete requests|Failed requests|Requests per second'
ab -q -n 200 -c 4 http://127.0.0.1/ | grep -q '^Failed requests: *0$'
nginx -s quit
echo "smoke OK"
