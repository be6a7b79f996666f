#!/usr/bin/env bash
# Installs a released authspec binary for this machine, as the composite
# action (action.yml) does: it downloads the release's checksums.txt and the
# archive for this OS and architecture, refuses an archive whose SHA-256
# differs from the one listed, and puts the binary in DEST.
#
#   install.sh TAG DEST
#
# TAG is a release (v1.2.3) or a major version (v1: the latest release,
# when it is a v1.x.y).
# Exit status: 0 installed; 3 no release archive for TAG on this platform
# (the caller builds from source instead); 1 anything else, a checksum
# mismatch included (never fall back past a tampered download).
# AUTHSPEC_RELEASES is the base URL of the releases (tests point it at a
# local server); OS and ARCH override the detected platform.
set -euo pipefail

tag=${1:?usage: install.sh TAG DEST}
dest=${2:?usage: install.sh TAG DEST}
base=${AUTHSPEC_RELEASES:-https://github.com/authspec/authspec/releases/download}

fail() { echo "authspec install: $*" >&2; exit 1; }
no_release() { echo "authspec install: $*" >&2; exit 3; }

# https only, redirects included; plain http only for a release directory
# on this machine (the tests serve one on 127.0.0.1).
proto='=https'
case "$base" in http://127.0.0.1:* | http://localhost:*) proto='=https,http' ;; esac
get() { curl --fail --silent --show-error --location --retry 3 --proto "$proto" --proto-redir "$proto" -o "$2" "$1"; }

# A major tag (v1, as in `uses: authspec/authspec@v1`) names no release of
# its own: it follows the newest release of that major version, which is
# the latest release when its tag starts with v1. (GitHub redirects
# releases/latest to releases/tag/<tag>.)
case "$tag" in
  v[0-9] | v[0-9][0-9])
    latest=$(curl --fail --silent --location --retry 3 --proto "$proto" --proto-redir "$proto" -o /dev/null \
      -w '%{url_effective}' "${base%/download}/latest" 2>/dev/null || true)
    latest=${latest##*/}
    case "$latest" in
      "$tag".[0-9]*.[0-9]*) echo "authspec install: $tag is release $latest" >&2; tag=$latest ;;
      *) no_release "$tag: the latest release (${latest:-none}) is not a $tag.x.y release" ;;
    esac
    ;;
esac
case "$tag" in
  v[0-9]*.[0-9]*.[0-9]*) ;;
  *) no_release "$tag is not a release tag (vMAJOR.MINOR.PATCH)" ;;
esac

os=${OS:-$(uname -s)}
case "$os" in
  Linux | linux) os=linux ;;
  Darwin | darwin | macOS) os=darwin ;;
  Windows | windows | MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) no_release "no release archive for the operating system $os" ;;
esac
arch=${ARCH:-$(uname -m)}
case "$arch" in
  x86_64 | amd64 | X64) arch=amd64 ;;
  aarch64 | arm64 | ARM64) arch=arm64 ;;
  *) no_release "no release archive for the architecture $arch" ;;
esac

ext=tar.gz bin=authspec
if [ "$os" = windows ]; then ext=zip bin=authspec.exe; fi
archive="authspec_${tag#v}_${os}_${arch}.${ext}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! get "$base/$tag/checksums.txt" "$work/checksums.txt" 2>"$work/err"; then
  no_release "no checksums.txt in release $tag ($(tr -d '\n' <"$work/err"))"
fi
want=$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1; exit }' "$work/checksums.txt")
if [ -z "$want" ]; then
  no_release "release $tag lists no $archive in checksums.txt"
fi
get "$base/$tag/$archive" "$work/$archive" || fail "could not download $archive of release $tag"

if command -v sha256sum >/dev/null 2>&1; then
  got=$(sha256sum "$work/$archive" | awk '{ print $1 }')
else
  got=$(shasum -a 256 "$work/$archive" | awk '{ print $1 }')
fi
if [ "$got" != "$want" ]; then
  fail "$archive of release $tag has SHA-256 $got, but checksums.txt lists $want: refusing it"
fi

mkdir -p "$work/x" "$dest"
if [ "$ext" = zip ]; then
  unzip -q "$work/$archive" "$bin" -d "$work/x"
else
  tar -xzf "$work/$archive" -C "$work/x" "$bin"
fi
install -m 0755 "$work/x/$bin" "$dest/$bin" 2>/dev/null || { cp "$work/x/$bin" "$dest/$bin" && chmod 0755 "$dest/$bin"; }
echo "authspec $tag ($os/$arch) installed in $dest, SHA-256 $got verified against checksums.txt"
