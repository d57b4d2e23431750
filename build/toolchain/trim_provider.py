"""Write a Go build overlay that compiles the AWS provider with only the services we use.

Usage: python3 trim_provider.py PROVIDER_SOURCE SERVICES_FILE TERRAFORM_DIR OUTPUT_DIR

The provider registers all ~260 AWS services from two generated files, and
compiling them (with the ~260 AWS SDK service clients they pull in) is most of
a cold build: about 2,000 Go packages and a 9 GiB link. Our configurations use
about a dozen services. This script:

1. reads the services to keep from SERVICES_FILE (provider-services.txt) and
   adds those the provider's own configuration step calls (STS, IAM);
2. closes that set over imports between service packages, so everything a kept
   package can call is registered too;
3. checks that every resource, data source and ephemeral type named under
   TERRAFORM_DIR (.tf and .tftest.hcl) belongs to a kept service, mapping types
   to services from the TypeName lines of the provider's own registrations, and
   fails naming the file, the type and the service to add otherwise;
4. writes into OUTPUT_DIR replacements for the two generated files, listing only
   the kept services; tools.sh puts them into a hard-linked copy of the module
   source that a `replace` directive builds from (Go refuses overlays of files
   in the module cache).

Every kept service is compiled from unchanged upstream code, so each kept
resource has exactly the upstream schema and behaviour: the checks `make
validate` runs are the same as with the whole provider. A type the build lacks
would fail `validate` loudly ("does not support resource type"); step 3 catches
it first with a better message.

Prints the kept services, one line. Standard library only: it runs before the
project's virtualenv exists.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MODULE = "github.com/hashicorp/terraform-provider-aws"
SERVICE_IMPORT = re.compile(rf'"{re.escape(MODULE)}/internal/service/([a-z0-9]+)"')
TYPE_NAME = re.compile(r'TypeName:\s+"(aws_[a-z0-9_]+)"')
# Blocks that name a provider type: resource/data/ephemeral/list in
# configurations, mock_resource/mock_data in test files. (Types in comments or
# descriptions do not count.)
TYPE_REFERENCE = re.compile(
    r'^\s*(?:resource|data|ephemeral|list|mock_resource|mock_data)\s+"(aws_[a-z0-9_]+)"',
    re.MULTILINE,
)
# Services the provider's own configuration step calls (caller identity,
# partition and account lookups), whatever the configuration declares.
ALWAYS = {"sts", "iam"}
ACCESSOR = re.compile(r"func \(c \*AWSClient\) ([A-Za-z0-9]+)\(")

SERVICE_PACKAGES_GEN = "internal/provider/sdkv2/service_packages_gen.go"
AWSCLIENT_GEN = "internal/conns/awsclient_gen.go"


def type_to_service(source: Path) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for gen in sorted((source / "internal/service").glob("*/service_package_gen.go")):
        for type_name in TYPE_NAME.findall(gen.read_text(encoding="utf-8")):
            mapping[type_name] = gen.parent.name
    return mapping


def referenced_types(terraform: Path, mapping: dict[str, str]) -> dict[str, Path]:
    """Every provider type named under TERRAFORM_DIR, with the first file naming it."""
    found: dict[str, Path] = {}
    for path in sorted([*terraform.rglob("*.tf"), *terraform.rglob("*.tftest.hcl")]):
        if ".terraform" in path.parts:
            continue
        for name in TYPE_REFERENCE.findall(path.read_text(encoding="utf-8")):
            if name in mapping:
                found.setdefault(name, path)
    return found


def read_services(path: Path) -> set[str]:
    lines = (
        line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
    )
    return {line for line in lines if line}


def go_sources(package_dir: Path) -> list[Path]:
    return [p for p in sorted(package_dir.glob("*.go")) if not p.name.endswith("_test.go")]


def close_over_imports(source: Path, services: set[str]) -> set[str]:
    closed = set(services)
    pending = list(services)
    while pending:
        service = pending.pop()
        for path in go_sources(source / "internal/service" / service):
            for imported in SERVICE_IMPORT.findall(path.read_text(encoding="utf-8")):
                if imported not in closed:
                    closed.add(imported)
                    pending.append(imported)
    return closed


def trim_service_packages(text: str, keep: set[str]) -> str:
    def keep_line(line: str) -> bool:
        imported = SERVICE_IMPORT.search(line)
        if imported:
            return imported.group(1) in keep
        registration = re.match(r"\s+([a-z0-9]+)\.ServicePackage\(ctx\),$", line)
        return registration is None or registration.group(1) in keep

    return "\n".join(line for line in text.split("\n") if keep_line(line))


def client_calls(source: Path, keep: set[str]) -> set[str]:
    """Names of AWSClient client accessors (e.g. "SQSClient") the kept code calls."""
    dirs = [source / "internal/service" / s for s in sorted(keep)]
    # Everything outside internal/service is compiled whatever we keep.
    dirs += [
        d
        for d in sorted((source / "internal").rglob("*"))
        if d.is_dir() and "service" not in d.relative_to(source / "internal").parts[:1]
    ]
    called: set[str] = set()
    for directory in dirs:
        for path in go_sources(directory):
            if path.name == Path(AWSCLIENT_GEN).name:
                continue
            called.update(re.findall(r"\.([A-Za-z0-9]+Client)\(", path.read_text(encoding="utf-8")))
    return called


def trim_awsclient(text: str, called: set[str]) -> str:
    header, _, rest = text.partition("import (\n")
    imports, _, body = rest.partition("\n)\n")
    methods = re.split(r"\n(?=func \(c \*AWSClient\) )", body)
    kept_methods = [
        m
        for m in methods
        if not (found := re.match(r"func \(c \*AWSClient\) ([A-Za-z0-9]+)\(", m))
        or found.group(1) in called
    ]
    kept_body = "\n".join(kept_methods)
    kept_imports = []
    for line in imports.split("\n"):
        alias_and_path = re.match(r'\s+(?:([a-z0-9_]+)\s+)?"([^"]+)"', line)
        if alias_and_path is None:
            kept_imports.append(line)
            continue
        alias = alias_and_path.group(1) or alias_and_path.group(2).rsplit("/", 1)[-1]
        if re.search(rf"\b{re.escape(alias)}\.", kept_body):
            kept_imports.append(line)
    return header + "import (\n" + "\n".join(kept_imports) + "\n)\n" + kept_body


def main(argv: list[str]) -> int:
    source, services_file, terraform, output = (Path(arg).resolve() for arg in argv)
    mapping = type_to_service(source)
    if not mapping:
        print(f"error: no service registrations under {source}", file=sys.stderr)
        return 1
    listed = read_services(services_file)
    unknown = sorted(s for s in listed if not (source / "internal/service" / s).is_dir())
    if unknown:
        print(
            f"error: {services_file.name} lists unknown services: {', '.join(unknown)}",
            file=sys.stderr,
        )
        return 1
    keep = close_over_imports(source, listed | ALWAYS)
    missing = {
        t: p for t, p in referenced_types(terraform, mapping).items() if mapping[t] not in keep
    }
    for type_name, path in sorted(missing.items()):
        print(
            f"error: {path} uses {type_name}, from service {mapping[type_name]!r}, "
            f"which {services_file} does not list: add it",
            file=sys.stderr,
        )
    if missing:
        return 1

    output.mkdir(parents=True, exist_ok=True)
    replacements = {
        SERVICE_PACKAGES_GEN: trim_service_packages(
            (source / SERVICE_PACKAGES_GEN).read_text(encoding="utf-8"), keep
        ),
        AWSCLIENT_GEN: trim_awsclient(
            (source / AWSCLIENT_GEN).read_text(encoding="utf-8"), client_calls(source, keep)
        ),
    }
    for relative, content in replacements.items():
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    print(" ".join(sorted(keep)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
