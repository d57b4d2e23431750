#!/usr/bin/env bash
# Builds the pinned Terraform toolchain from Go modules: OpenTofu and the
# hashicorp/aws provider. Each tool has a wrapper module beside this script
# whose go.mod/go.sum pin the upstream module and repeat its replace and
# godebug lines (Go ignores those in a dependency's go.mod).
#
# A tool is rebuilt only when its wrapper go.mod/go.sum or build flags change;
# a second run builds nothing. Usage: build/toolchain/tools.sh [--download-only]
#
# --download-only fetches the Go modules of every tool that needs building and
# stops: .ci/run starts it in the background so the downloads overlap the
# Python checks, which need the network and cores for other things.
set -euo pipefail

download_only=false
[[ ${1:-} == --download-only ]] && download_only=true

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
# Compiler settings that trade nothing we use for build time: no DWARF is
# generated (the linker's -w would drop it anyway, after the compiler spent
# time and the linker memory on it). Part of the stamp, like the ldflags.
GCFLAGS="all=-dwarf=false"
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

# heartbeat NAME START PID: one line a minute while PID lives, so a person (or
# CI) watching a cold build knows it is alive and how far the compiler got.
heartbeat() {
  local name=$1 start=$2 pid=$3
  while sleep 60 && kill -0 "$pid" 2>/dev/null; do
    local objects
    objects="$(find "$GOCACHE" -name '*-d' -newer "$LOG_DIR/$name.started" 2>/dev/null | wc -l)"
    echo "$name: still building after $(format_seconds $((SECONDS - start))), $objects compiler outputs so far"
  done
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
  touch "$LOG_DIR/$name.started"
  (cd "$wrapper" && exec "${timing[@]}" go build -trimpath -gcflags "$GCFLAGS" -ldflags "$ldflags" -o "$output.tmp" "$package") &
  local pid=$!
  heartbeat "$name" "$start" "$pid" &
  local beat=$!
  local status=0
  wait "$pid" || status=$?
  kill "$beat" 2>/dev/null || true
  wait "$beat" 2>/dev/null || true
  [[ $status -eq 0 ]] || die "$name: go build failed (exit $status)"
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
tofu_stamp="$(stamp "$tofu_wrapper" "$tofu_package" "$tofu_ldflags $GCFLAGS")"
if existing_tf="$(suitable_tf_on_path)"; then
  # Building OpenTofu costs minutes on a cold machine; a Terraform or OpenTofu
  # of 1.11 or newer runs the same checks (validate.sh uses it, see there).
  echo "tofu: not built, using $existing_tf ($(TF_CLI_CONFIG_FILE=/dev/null "$existing_tf" version | head -n 1))"
elif up_to_date tofu "$BIN_DIR/tofu" "$tofu_stamp"; then
  echo "tofu: up to date, not rebuilt"
elif [[ $download_only == true ]]; then
  (cd "$tofu_wrapper" && go mod download) && echo "tofu: modules downloaded"
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
# "trimmed" (default) compiles only the services provider-services.txt lists
# (see trim_provider.py: a quarter of the work and a third of the memory);
# "all" compiles the whole provider, as upstream releases it.
provider_services="${AWS_PROVIDER_SERVICES:-trimmed}"
[[ $provider_services == trimmed || $provider_services == all ]] ||
  die "AWS_PROVIDER_SERVICES must be 'trimmed' or 'all', not '$provider_services'"

if [[ $download_only == true ]]; then
  (cd "$provider_wrapper" && go mod download) && echo "terraform-provider-aws: modules downloaded"
  exit 0
fi

provider_source="$(cd "$provider_wrapper" && go mod download "$provider_module" && go list -m -f '{{.Dir}}' "$provider_module")"
[[ $(head -n 1 "$provider_source/CHANGELOG.md") == "## $AWS_PROVIDER_VERSION "* ]] ||
  die "AWS_PROVIDER_VERSION=$AWS_PROVIDER_VERSION does not match the pinned source: $(head -n 1 "$provider_source/CHANGELOG.md")"

build_wrapper="$provider_wrapper"
services_built="all services"
if [[ $provider_services == trimmed ]]; then
  trim_dir="$CACHE_DIR/provider-trim"
  rm -rf "$trim_dir/generated"
  services_built="$(python3 "$TOOLCHAIN_DIR/trim_provider.py" "$provider_source" \
    "$TOOLCHAIN_DIR/provider-services.txt" "$REPO_ROOT/terraform" "$trim_dir/generated")" ||
    die "terraform-provider-aws: a configuration uses a service the trimmed build leaves out (above)"
  # Go refuses to overlay files in the module cache, so the build reads a copy
  # of the pinned source: hard links (no extra disk, instant) with the two
  # generated registration files replaced by regular files.
  source_copy="$trim_dir/source/$(basename "$provider_source")"
  if [[ ! -f $source_copy/go.mod ]]; then
    rm -rf "$source_copy.tmp"
    mkdir -p "$(dirname "$source_copy")"
    cp -al "$provider_source" "$source_copy.tmp" 2>/dev/null || cp -a "$provider_source" "$source_copy.tmp"
    find "$source_copy.tmp" -type d -exec chmod u+w {} +
    mv "$source_copy.tmp" "$source_copy"
  fi
  while IFS= read -r -d '' generated; do
    relative="${generated#"$trim_dir/generated/"}"
    if ! cmp -s "$generated" "$source_copy/$relative"; then
      rm -f "$source_copy/$relative"
      cp "$generated" "$source_copy/$relative"
    fi
  done < <(find "$trim_dir/generated" -type f -print0)
  # The committed wrapper plus one replace line: same pins, same go.sum.
  build_wrapper="$trim_dir/wrapper"
  mkdir -p "$build_wrapper"
  cp -f "$provider_wrapper/go.sum" "$build_wrapper/go.sum"
  { cat "$provider_wrapper/go.mod" && echo "replace $provider_module => $source_copy"; } >"$build_wrapper/go.mod"
fi

provider_stamp="$(stamp "$build_wrapper" "$provider_module" "$provider_ldflags $GCFLAGS $services_built")"
if up_to_date terraform-provider-aws "$provider_bin" "$provider_stamp"; then
  echo "terraform-provider-aws: up to date, not rebuilt ($services_built)"
else
  echo "terraform-provider-aws: services: $services_built"
  mkdir -p "$(dirname "$provider_bin")"
  build terraform-provider-aws "$build_wrapper" "$provider_module" "$provider_bin" "$provider_ldflags" "$provider_stamp"
fi


for host in "${MIRROR_HOSTS[@]}"; do
  target="$MIRROR_DIR/$host/hashicorp/aws/$AWS_PROVIDER_VERSION/$GOOS_GOARCH"
  mkdir -p "$target"
  # A hard link: one copy on disk for both hosts.
  ln -f "$provider_bin" "$target/$provider_name" 2>/dev/null || cp -f "$provider_bin" "$target/$provider_name"
done

write_cli_config "$CLI_CONFIG"

echo
tf_bin="$(resolve_tf)"
tf_version="$(TF_CLI_CONFIG_FILE="$CLI_CONFIG" "$tf_bin" version)"
echo "${tf_version%%$'\n'*}: $tf_bin"
echo "hashicorp/aws $AWS_PROVIDER_VERSION in filesystem mirror $MIRROR_DIR"
echo "To run it by hand: export TF_CLI_CONFIG_FILE=$CLI_CONFIG; $tf_bin ..."
