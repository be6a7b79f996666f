// Package e2e holds end-to-end tests of diagnosis against real servers
// started on 127.0.0.1 by the tests themselves: nginx, the RabbitMQ
// management API, the Docker registry, an OpenID provider (the zitadel/oidc
// example OP, served in the test process) and go-httpbin. CI installs
// them (.ci/run); elsewhere a missing server skips its test.
package e2e
