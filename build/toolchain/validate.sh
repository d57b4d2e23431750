#!/usr/bin/env bash
# Checks every Terraform configuration under terraform/: the root module, each
# terraform/modules/* and each terraform/examples/*. Once for the tree:
# `fmt -check -recursive` and "every *.tftest.hcl has a run block"; then per
# configuration: `init -backend=false` (offline, from the toolchain's provider
# mirror), `validate` and `test`. The root module and every module must have
# tests; examples need not.
#
# TF selects the binary: "auto" (default) takes tofu or terraform >= 1.11 from
# PATH, else the OpenTofu build/toolchain/tools.sh built; a name (tofu,
# terraform) narrows that choice. Either way the same commands run and
# providers come from the mirror only. Usage: build/toolchain/validate.sh
set -euo pipefail

# shellcheck source=build/toolchain/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tf="$(resolve_tf)" || die "no Terraform or OpenTofu >= $MIN_TF_VERSION (TF=${TF:-auto}): run build/toolchain/tools.sh (make tools) first"
TF="$(basename "$tf")"
compgen -G "$MIRROR_DIR/*/hashicorp/aws/*/*/terraform-provider-aws_v*" >/dev/null ||
  die "no AWS provider in $MIRROR_DIR: run build/toolchain/tools.sh (make tools) first"

# Work on a copy of terraform/: init writes .terraform/ and a lock file that
# records the locally built provider, whose checksum differs from the
# registry's. The committed .terraform.lock.hcl is for users and stays as it
# is; here the provider is pinned by the wrapper module's go.sum instead.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$REPO_ROOT" --exclude=.terraform --exclude=.terraform.lock.hcl --exclude='*.tfstate*' -cf - terraform |
  tar -C "$work" -xf -
# Keep paths that leave terraform/ (e.g. ../build/dist) working in the copy.
for entry in "$REPO_ROOT"/*; do
  [[ $(basename "$entry") == terraform ]] || ln -s "$entry" "$work/"
done

# Settings from the caller's environment that would move .terraform/ out of
# the copy, select a workspace or add arguments.
unset TF_DATA_DIR TF_WORKSPACE TF_PLUGIN_CACHE_DIR "${!TF_CLI_ARGS@}" "${!TF_VAR_@}"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1
write_cli_config "$TF_CLI_CONFIG_FILE"
color=()
[[ -t 1 ]] || color=(-no-color)

cd "$work"
"$tf" version
echo

failures=()
summary=()

# --- checks over the whole tree ----------------------------------------------
echo "== fmt -check -recursive terraform"
if "$tf" fmt -check -recursive -diff "${color[@]}" terraform; then
  summary+=("$(printf '%-30s %s' fmt ok)")
else
  summary+=("$(printf '%-30s %s' fmt "FAILED (run: $TF fmt -recursive terraform)")")
  failures+=(fmt)
fi

# A test file without a run block passes while testing nothing.
empty_tests=()
while IFS= read -r -d '' file; do
  grep -Eq '^[[:space:]]*run[[:space:]]+"[^"]+"[[:space:]]*\{' "$file" || empty_tests+=("$file")
done < <(find terraform -name '*.tftest.hcl' -print0)
if [[ ${#empty_tests[@]} -eq 0 ]]; then
  summary+=("$(printf '%-30s %s' "run blocks in *.tftest.hcl" ok)")
else
  printf 'error: %s has no run block\n' "${empty_tests[@]}" >&2
  summary+=("$(printf '%-30s %s' "run blocks in *.tftest.hcl" "FAILED (${empty_tests[*]})")")
  failures+=(run-blocks)
fi

# --- per configuration -------------------------------------------------------
configs=(terraform)
for dir in terraform/modules/*/ terraform/examples/*/; do
  dir="${dir%/}"
  compgen -G "$dir/*.tf" >/dev/null && configs+=("$dir")
done

# check DIR: init, validate, test; appends to summary and failures.
check() {
  local dir=$1 start=$SECONDS line log="$work/${1//\//_}"
  echo
  echo "== $dir"

  if ! "$tf" -chdir="$dir" init -backend=false -input=false "${color[@]}" >"$log.init" 2>&1; then
    cat "$log.init"
    summary+=("$(printf '%-30s init FAILED' "$dir")")
    failures+=("$dir")
    return
  fi
  grep -E 'Installed|Using previously-installed' "$log.init" || true

  if ! "$tf" -chdir="$dir" validate "${color[@]}"; then
    summary+=("$(printf '%-30s init ok, validate FAILED' "$dir")")
    failures+=("$dir")
    return
  fi

  local has_tests=false
  compgen -G "$dir/*.tftest.hcl" >/dev/null && has_tests=true
  compgen -G "$dir/tests/*.tftest.hcl" >/dev/null && has_tests=true
  if [[ $has_tests == false ]]; then
    if [[ $dir == terraform/examples/* ]]; then
      summary+=("$(printf '%-30s init ok, validate ok, no tests (example) [%ds]' "$dir" $((SECONDS - start)))")
    else
      echo "error: $dir has no *.tftest.hcl (in $dir or $dir/tests)" >&2
      summary+=("$(printf '%-30s init ok, validate ok, test FAILED: no test files' "$dir")")
      failures+=("$dir")
    fi
    return
  fi

  local status=0
  "$tf" -chdir="$dir" test "${color[@]}" | tee "$log.test" || status=$?
  line="$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$log.test" | tail -n 1 || true)"
  # Test files with run blocks must have run something; guard against a silent no-op.
  if [[ $status -ne 0 || -z $line || $line == "0 passed"* ]]; then
    summary+=("$(printf '%-30s init ok, validate ok, test FAILED (%s)' "$dir" "${line:-no result}")")
    failures+=("$dir")
    return
  fi
  summary+=("$(printf '%-30s init ok, validate ok, test ok: %s [%ds]' "$dir" "$line" $((SECONDS - start)))")
}

for dir in "${configs[@]}"; do
  check "$dir"
done

echo
echo "== Terraform checks ($TF, providers from $MIRROR_DIR)"
printf '  %s\n' "${summary[@]}"
if [[ ${#failures[@]} -gt 0 ]]; then
  echo "FAILED: ${failures[*]}" >&2
  exit 1
fi
echo "All Terraform checks passed for ${#configs[@]} configuration(s) in ${SECONDS}s."
