"""Fails on any field that the Kubernetes API types do not define (a typo such as `periodSecs` that
JSON-schema validation lets through, because the published schemas allow additional properties).

Walks each object of a rendered manifest (kubectl kustomize output) along the model classes of
Debian's python3-kubernetes (openapi_types / attribute_map). Run with /usr/bin/python3:
    /usr/bin/python3 k8s-unknown-fields.py rendered.yaml
"""
import re
import sys

import kubernetes.client as models
import yaml

# Kinds whose API version is newer than the client library's: same fields as the older version.
FALLBACK = {("autoscaling/v2", "HorizontalPodAutoscaler"): "V2beta2HorizontalPodAutoscaler"}
# Free-form values (quantities, int-or-string, maps) are not walked.
LEAF_TYPES = {"str", "int", "bool", "float", "object", "datetime", "date"}


def model_name(api_version, kind):
    if (api_version, kind) in FALLBACK:
        return FALLBACK[(api_version, kind)]
    version = api_version.split("/")[-1]
    return version[0].upper() + version[1:] + kind


def walk(value, type_name, path, problems):
    if value is None or type_name in LEAF_TYPES:
        return
    list_match = re.fullmatch(r"list\[(.+)\]", type_name)
    if list_match:
        for i, item in enumerate(value or []):
            walk(item, list_match.group(1), f"{path}[{i}]", problems)
        return
    dict_match = re.fullmatch(r"dict\(str, (.+)\)", type_name)
    if dict_match:
        for key, item in (value or {}).items():
            walk(item, dict_match.group(1), f"{path}.{key}", problems)
        return
    model = getattr(models, type_name, None)
    if model is None:
        problems.append(f"{path}: no API type {type_name} to check against")
        return
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object ({type_name})")
        return
    json_to_attr = {json: attr for attr, json in model.attribute_map.items()}
    for key, item in value.items():
        if key not in json_to_attr:
            problems.append(f"{path}.{key}: unknown field (not in {type_name})")
            continue
        walk(item, model.openapi_types[json_to_attr[key]], f"{path}.{key}", problems)


def main():
    problems = []
    count = 0
    with open(sys.argv[1], encoding="utf-8") as f:
        for obj in yaml.safe_load_all(f):
            if not obj:
                continue
            count += 1
            where = f"{obj['kind']} {obj['metadata'].get('name')}"
            walk(obj, model_name(obj["apiVersion"], obj["kind"]), where, problems)
    if problems:
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        print(f"{len(problems)} unknown field(s) in {sys.argv[1]}", file=sys.stderr)
        sys.exit(1)
    print(f"ok: no unknown fields in {count} objects")


if __name__ == "__main__":
    main()
