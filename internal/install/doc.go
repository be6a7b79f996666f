// Package install holds install.sh, the script with which the composite
// action (action.yml at the repository's root) installs a released authspec
// binary after checking its SHA-256 against the release's checksums.txt.
// The package has no Go code of its own: its test runs the script against
// a release directory served on 127.0.0.1.
package install
