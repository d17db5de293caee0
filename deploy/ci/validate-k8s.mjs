// Validates rendered Kubernetes manifests (kubectl kustomize output on stdin or a file argument):
//  1. every object against the Kubernetes OpenAPI schema of its apiVersion/kind (the kubernetes-models
//     package's compiled JSON-schema validators: types, required fields, enums and formats);
//  2. the wiring between objects that no schema sees: a Service/PDB selector and an HPA target match a
//     Deployment, probe ports are named container ports, every ConfigMap/Secret key reference points to
//     a ConfigMap in the output or to a key of corridor-secrets documented in base/secret.example.yaml,
//     and every Deployment and Job container has probes (Deployments), requests/limits and a non-root,
//     read-only-root security context.
// Usage: node validate-k8s.mjs rendered.yaml [secret.example.yaml]   (needs kubernetes-models and yaml)
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const [renderedPath, secretExamplePath] = process.argv.slice(2);
const docs = parseAllDocuments(readFileSync(renderedPath ?? 0, "utf8"));
const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);

const objects = [];
for (const doc of docs) {
  if (doc.errors.length > 0) {
    doc.errors.forEach((e) => fail("yaml", e.message));
    continue;
  }
  const obj = doc.toJS();
  if (obj) objects.push(obj);
}

const documentedSecretKeys = new Set();
if (secretExamplePath) {
  const example = parseAllDocuments(readFileSync(secretExamplePath, "utf8"))[0].toJS();
  Object.keys({ ...example.stringData, ...example.data }).forEach((k) => documentedSecretKeys.add(`${example.metadata.name}/${k}`));
}
const optionalSecrets = new Set();

async function schemaCheck(obj, where) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  const modulePath = group ? `kubernetes-models/${group}/${version}/${obj.kind}` : `kubernetes-models/${version}/${obj.kind}`;
  let Model;
  try {
    Model = (await import(modulePath))[obj.kind];
  } catch {
    fail(where, `no schema for ${obj.apiVersion} ${obj.kind}`);
    return;
  }
  try {
    new Model(obj).validate();
  } catch (e) {
    fail(where, `schema: ${e.message}`);
  }
}

const byKind = (kind) => objects.filter((o) => o.kind === kind);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const configMaps = new Map(byKind("ConfigMap").map((c) => [c.metadata.name, c]));

function checkContainer(c, where, { needsProbes }) {
  const ports = new Set((c.ports ?? []).map((p) => p.name));
  if (needsProbes) {
    for (const probe of ["readinessProbe", "livenessProbe"]) {
      if (!c[probe]?.httpGet) fail(where, `${probe} (httpGet) is missing`);
    }
    if (c.readinessProbe?.httpGet?.path !== "/health/ready") fail(where, "readinessProbe must GET /health/ready");
    if (c.livenessProbe?.httpGet?.path !== "/health/live") fail(where, "livenessProbe must GET /health/live");
    for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
      const port = c[probe]?.httpGet?.port;
      if (typeof port === "string" && !ports.has(port)) fail(where, `${probe} uses port "${port}", not a named container port`);
    }
  }
  if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) {
    fail(where, "resources need requests.cpu, requests.memory and limits.memory");
  }
  if (c.securityContext?.readOnlyRootFilesystem !== true || c.securityContext?.allowPrivilegeEscalation !== false) {
    fail(where, "securityContext needs readOnlyRootFilesystem: true and allowPrivilegeEscalation: false");
  }
  if (!(c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp")) fail(where, "a read-only root needs a writable /tmp mount");
  for (const source of c.envFrom ?? []) {
    if (source.configMapRef && !configMaps.has(source.configMapRef.name)) fail(where, `envFrom ConfigMap ${source.configMapRef.name} is not in the output`);
    if (source.secretRef && !source.secretRef.optional) fail(where, `envFrom Secret ${source.secretRef.name} must be optional`);
    if (source.secretRef) optionalSecrets.add(source.secretRef.name);
  }
  for (const env of c.env ?? []) {
    const ref = env.valueFrom?.secretKeyRef;
    if (ref && documentedSecretKeys.size > 0 && !documentedSecretKeys.has(`${ref.name}/${ref.key}`)) {
      fail(where, `env ${env.name} refers to ${ref.name}/${ref.key}, which secret.example.yaml does not document`);
    }
    const cm = env.valueFrom?.configMapKeyRef;
    if (cm && !(cm.key in (configMaps.get(cm.name)?.data ?? {}))) fail(where, `env ${env.name} refers to a missing ConfigMap key ${cm.name}/${cm.key}`);
  }
}

function checkPodSpec(spec, where, options) {
  if (spec.securityContext?.runAsNonRoot !== true) fail(where, "pod securityContext.runAsNonRoot must be true");
  const volumes = new Set((spec.volumes ?? []).map((v) => v.name));
  for (const c of spec.containers ?? []) {
    checkContainer(c, `${where} container ${c.name}`, options);
    for (const m of c.volumeMounts ?? []) {
      if (!volumes.has(m.name)) fail(where, `volumeMount ${m.name} has no volume`);
    }
  }
}

for (const obj of objects) {
  const where = `${obj.kind} ${obj.metadata?.namespace ?? "-"}/${obj.metadata?.name}`;
  await schemaCheck(obj, where);
  if (obj.kind !== "Namespace" && obj.metadata?.namespace !== "corridor") fail(where, "must be in namespace corridor");
}

const deployments = byKind("Deployment");
for (const d of deployments) {
  const where = `Deployment ${d.metadata.name}`;
  if (!matches(d.spec.selector?.matchLabels, d.spec.template?.metadata?.labels)) fail(where, "selector does not match the pod labels");
  checkPodSpec(d.spec.template.spec, where, { needsProbes: true });
}
for (const j of byKind("Job")) {
  checkPodSpec(j.spec.template.spec, `Job ${j.metadata.name}`, { needsProbes: false });
}
const podsOf = (selector) => deployments.filter((d) => matches(selector, d.spec.template.metadata.labels));
for (const s of byKind("Service")) {
  const where = `Service ${s.metadata.name}`;
  const targets = podsOf(s.spec.selector);
  if (targets.length !== 1) fail(where, `selector matches ${targets.length} Deployments, expected 1`);
  const containerPorts = new Set(targets.flatMap((d) => d.spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name))));
  for (const p of s.spec.ports ?? []) {
    if (typeof p.targetPort === "string" && !containerPorts.has(p.targetPort)) fail(where, `targetPort ${p.targetPort} is not a container port`);
    if (!p.appProtocol) fail(where, `port ${p.name} has no appProtocol`);
  }
}
for (const pdb of byKind("PodDisruptionBudget")) {
  if (podsOf(pdb.spec.selector?.matchLabels).length !== 1) fail(`PodDisruptionBudget ${pdb.metadata.name}`, "selector does not match exactly one Deployment");
}
for (const hpa of byKind("HorizontalPodAutoscaler")) {
  const ref = hpa.spec.scaleTargetRef;
  if (ref.kind !== "Deployment" || !deployments.some((d) => d.metadata.name === ref.name)) fail(`HorizontalPodAutoscaler ${hpa.metadata.name}`, `target ${ref.kind}/${ref.name} is not in the output`);
  if (hpa.spec.minReplicas > hpa.spec.maxReplicas) fail(`HorizontalPodAutoscaler ${hpa.metadata.name}`, "minReplicas > maxReplicas");
}
if (byKind("Secret").length > 0) fail("output", "Secrets must not be in the kustomize output (the operator creates them)");

const counts = Object.entries(objects.reduce((acc, o) => ({ ...acc, [o.kind]: (acc[o.kind] ?? 0) + 1 }), {}))
  .map(([k, n]) => `${n} ${k}`).join(", ");
if (errors.length > 0) {
  console.error(errors.map((e) => `  ${e}`).join("\n"));
  console.error(`${errors.length} problem(s) in ${renderedPath}`);
  process.exit(1);
}
console.log(`ok: ${objects.length} objects (${counts})`);
