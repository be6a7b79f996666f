// Package e2e holds end-to-end tests of diagnosis against real servers
// started on 127.0.0.1 by the tests themselves: nginx, the RabbitMQ
// management API, the Docker registry, an OpenID provider (the zitadel/oidc
// example OP, served in the test process), go-httpbin, and in the second
// held-out round Apache httpd, HAProxy, etcd and InfluxDB. CI installs
// them (.ci/run); elsewhere a missing server skips its test.
package e2e
