#!/usr/bin/env bash
# Builds the pinned Terraform toolchain from Go modules: OpenTofu and the
# hashicorp/aws provider. Each tool has a wrapper module beside this script
# whose go.mod/go.sum pin the upstream module and repeat its replace and
# godebug lines (Go ignores those in a dependency's go.mod).
#
# A tool is rebuilt only when its wrapper go.mod/go.sum or build flags change;
# a second run builds nothing. Usage: build/toolchain/tools.sh
set -euo pipefail

# shellcheck source=build/toolchain/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# The provider's module path has no /v6 suffix, so its v6 tags are not valid Go
# module versions; the proxy serves one main-branch commit as a pseudo-version
# (see terraform-provider-aws/go.mod). Its CHANGELOG heads "6.48.0 (Unreleased)":
# it is the 6.48.0 development snapshot, installed in the mirror as 6.48.0.
# Bump this together with the pseudo-version; the build checks the CHANGELOG.
AWS_PROVIDER_VERSION=6.48.0

command -v go >/dev/null || die "go is not on PATH; install Go $(awk '$1 == "go" {print $2}' "$TOOLCHAIN_DIR/tofu/go.mod") or newer"

# Static binaries with no local paths: they run on any machine of the same
# OS/architecture. GOCACHE lives in our cache directory, so its ~9 GiB belong
# visibly to this toolchain and one rm -rf is a clean cold start; it is kept so
# that a version bump recompiles only what changed. GOMODCACHE stays the
# user's default: downloaded sources are shared and checked against go.sum.
export CGO_ENABLED=0 GOCACHE="$CACHE_DIR/go-build"
GOOS_GOARCH="$(go env GOOS)_$(go env GOARCH)"

mkdir -p "$BIN_DIR" "$MIRROR_DIR" "$STAMP_DIR" "$LOG_DIR"
# Two concurrent runs would build the same binaries twice.
if command -v flock >/dev/null; then
  exec 9>"$CACHE_DIR/.lock"
  flock 9
fi

format_seconds() {
  printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

# stamp WRAPPER_DIR PACKAGE LDFLAGS: hash of everything a build depends on in
# this repository: the parsed go.mod (so editing a comment rebuilds nothing),
# go.sum, the package, the target platform and the flags. The Go toolchain is
# not part of it: delete the cache to rebuild with a newer Go.
stamp() {
  (cd "$1" && go mod edit -json && cat go.sum && echo "$2 $GOOS_GOARCH $3") | sha256sum | cut -d' ' -f1
}

# up_to_date NAME OUTPUT STAMP
up_to_date() {
  [[ -x $2 && -f $STAMP_DIR/$1 && $(<"$STAMP_DIR/$1") == "$3" ]]
}

# build NAME WRAPPER_DIR PACKAGE OUTPUT LDFLAGS STAMP
build() {
  local name=$1 wrapper=$2 package=$3 output=$4 ldflags=$5 stamp=$6
  echo "$name: building $package (a cold build takes minutes) ..."
  local start=$SECONDS timing=()
  if [[ -x /usr/bin/time ]]; then
    timing=(/usr/bin/time -v -o "$LOG_DIR/$name.time")
  fi
  rm -f "$STAMP_DIR/$name"
  (cd "$wrapper" && "${timing[@]}" go build -trimpath -ldflags "$ldflags" -o "$output.tmp" "$package")
  mv -f "$output.tmp" "$output"
  echo "$stamp" >"$STAMP_DIR/$name"

  local summary
  summary="$name: built in $(format_seconds $((SECONDS - start)))"
  if [[ ${#timing[@]} -gt 0 ]]; then
    # GNU time reports the peak of the largest single process (compiler or linker).
    local rss_kib
    rss_kib="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$LOG_DIR/$name.time")"
    summary+=", peak RSS $((rss_kib / 1024)) MiB"
  fi
  echo "$summary, $(du -m "$output" | cut -f1) MiB binary"
}

# --- OpenTofu ----------------------------------------------------------------
tofu_wrapper="$TOOLCHAIN_DIR/tofu"
tofu_package=github.com/opentofu/opentofu/cmd/tofu
# Same flags as upstream's .goreleaser.yaml; version.dev=no drops the "-dev" suffix.
tofu_ldflags="-s -w -X github.com/opentofu/opentofu/version.dev=no"
tofu_stamp="$(stamp "$tofu_wrapper" "$tofu_package" "$tofu_ldflags")"
if up_to_date tofu "$BIN_DIR/tofu" "$tofu_stamp"; then
  echo "tofu: up to date, not rebuilt"
else
  build tofu "$tofu_wrapper" "$tofu_package" "$BIN_DIR/tofu" "$tofu_ldflags" "$tofu_stamp"
fi

# --- hashicorp/aws provider --------------------------------------------------
provider_module=github.com/hashicorp/terraform-provider-aws
provider_wrapper="$TOOLCHAIN_DIR/terraform-provider-aws"
provider_name="terraform-provider-aws_v$AWS_PROVIDER_VERSION"
provider_bin="$CACHE_DIR/build/$provider_name"
# Upstream's release builds set ProviderVersion the same way (it goes into the User-Agent).
provider_ldflags="-s -w -X $provider_module/version.ProviderVersion=$AWS_PROVIDER_VERSION"
provider_stamp="$(stamp "$provider_wrapper" "$provider_module" "$provider_ldflags")"
if up_to_date terraform-provider-aws "$provider_bin" "$provider_stamp"; then
  echo "terraform-provider-aws: up to date, not rebuilt"
else
  changelog="$(cd "$provider_wrapper" && go mod download "$provider_module" && go list -m -f '{{.Dir}}' "$provider_module")/CHANGELOG.md"
  [[ $(head -n 1 "$changelog") == "## $AWS_PROVIDER_VERSION "* ]] ||
    die "AWS_PROVIDER_VERSION=$AWS_PROVIDER_VERSION does not match the pinned source: $(head -n 1 "$changelog")"
  mkdir -p "$(dirname "$provider_bin")"
  build terraform-provider-aws "$provider_wrapper" "$provider_module" "$provider_bin" "$provider_ldflags" "$provider_stamp"
fi

for host in "${MIRROR_HOSTS[@]}"; do
  target="$MIRROR_DIR/$host/hashicorp/aws/$AWS_PROVIDER_VERSION/$GOOS_GOARCH"
  mkdir -p "$target"
  # A hard link: one copy on disk for both hosts.
  ln -f "$provider_bin" "$target/$provider_name" 2>/dev/null || cp -f "$provider_bin" "$target/$provider_name"
done

write_cli_config "$CLI_CONFIG"

echo
tofu_version="$(TF_CLI_CONFIG_FILE="$CLI_CONFIG" "$BIN_DIR/tofu" version)"
echo "${tofu_version%%$'\n'*} in $BIN_DIR"
echo "hashicorp/aws $AWS_PROVIDER_VERSION in filesystem mirror $MIRROR_DIR"
echo "To run tofu by hand: export TF_CLI_CONFIG_FILE=$CLI_CONFIG PATH=$BIN_DIR:\$PATH"
