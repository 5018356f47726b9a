// The learner journey written against the types generated from openapi.yaml (schema.d.ts).
// It is never run: `tsc --noEmit --strict` compiling it is the check. Every path, status code,
// request body and response field used here must exist in the spec with the right type, so a spec
// that drifts from what the API really answers (a missing path, a wrong status, a mis-typed
// schema) fails check.sh. Keep each step reading the fields the SPA really reads.
import type { components, paths } from "./schema";

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> =
  paths[P][M] extends { responses: { [K in S]: { content: { "application/json": infer B } } } } ? B : never;

type Problem = paths["/api/v1/tutorials/{slug}"]["get"]["responses"][404]["content"]["application/problem+json"];

const base = "http://127.0.0.1:8080";

async function call<T>(method: string, path: string, token?: string, body?: unknown,
                       headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (token) h["Authorization"] = `Bearer ${token}`;
  if (body !== undefined) {
    h["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const res = await fetch(base + path, init);
  if (!res.ok) {
    const problem = (await res.json()) as Problem;
    // status, title and type are required in the spec: no optional chaining needed.
    throw new Error(`${problem.status} ${problem.title} (${problem.type}): ${problem.detail ?? ""}`);
  }
  return (await res.json()) as T;
}

// 1. The catalog: pick the first available tutorial by slug and title.
type Catalog = Json<"/api/v1/tutorials", "get", 200>;
async function firstTutorial(): Promise<string> {
  const catalog = await call<Catalog>("GET", "/api/v1/tutorials?level=foundation");
  const open = (catalog.items ?? []).filter((t) => t.available === true);
  const first = open[0];
  if (!first?.slug) throw new Error("no tutorial available");
  const title: string | undefined = first.title;
  const minutes: number | undefined = first.minutes;
  const tags: string[] = first.tags ?? [];
  console.log(`${first.position}. ${title} (${minutes} min) [${tags.join(", ")}]`);
  return first.slug;
}

// 2. One tutorial: brief, rubric criteria, starter files and practice questions.
type Tutorial = Json<"/api/v1/tutorials/{slug}", "get", 200>;
async function openTutorial(slug: string): Promise<{ starter: string; checkId?: string }> {
  const t = await call<Tutorial>("GET", `/api/v1/tutorials/${encodeURIComponent(slug)}`);
  for (const c of t.rubric?.criteria ?? []) console.log(`- [${c.severity}] ${c.title}: ${c.description}`);
  const starter = t.starter?.files?.[0]?.content ?? "";
  const check = t.practiceChecks?.[0];
  const setup: string[] = (check?.setup ?? []).map((s) => `${s.client ?? "c1"}> ${s.command} -> ${s.reply}`);
  console.log(t.brief, t.requirements?.length, t.hintCount, setup.join("; "), check?.command?.command);
  return check?.id === undefined ? { starter } : { starter, checkId: check.id };
}

// 3. Submit a revision; the API answers 201 with the stored submission and its feedback.
type SubmitBody = paths["/api/v1/tutorials/{slug}/submissions"]["post"]["requestBody"]["content"]["application/json"];
type Submission = Json<"/api/v1/tutorials/{slug}/submissions", "post", 201>;
async function submit(token: string, slug: string, source: string): Promise<Submission> {
  const body: SubmitBody = { source };
  const idempotency: paths["/api/v1/tutorials/{slug}/submissions"]["post"]["parameters"]["header"] =
    { "Idempotency-Key": crypto.randomUUID() };
  const headers: Record<string, string> = {};
  if (idempotency?.["Idempotency-Key"]) headers["Idempotency-Key"] = idempotency["Idempotency-Key"];
  return call<Submission>("POST", `/api/v1/tutorials/${encodeURIComponent(slug)}/submissions`, token, body, headers);
}

// 4. Read the feedback the way the SPA shows it.
function showFeedback(s: Submission): void {
  const f = s.feedback;
  console.log(`revision ${s.revision} of ${s.tutorial}: ${f?.status} ${f?.score?.passed}/${f?.score?.total}`);
  for (const finding of f?.findings ?? []) {
    const verdict: string | undefined = finding.verdict;
    const where = (finding.evidence ?? []).length;
    console.log(`${verdict} ${finding.criterionId} (${finding.severity}): ${finding.message} [${where} evidence]`);
  }
  const next: string | undefined = f?.summary?.nextRevision;
  const holdsUp: string[] = f?.summary?.holdsUp ?? [];
  console.log(`holds up: ${holdsUp.join("; ")}; next: ${next}`);
  for (const d of f?.diagnostics ?? []) console.log(`${d.line}:${d.column} ${d.message}`);
  console.log(`fixed since r${s.changes?.previousRevision}: ${(s.changes?.fixed ?? []).join(", ")}`);
}

// 4b. The closed sets are unions of literals: a switch narrows them, and the `never` default
// fails to compile when the spec's enum gains a value the SPA does not handle (or is a bare string).
type Schemas = components["schemas"];
function verdictIcon(verdict: Schemas["FindingView"]["verdict"]): string {
  switch (verdict) {
    case "PASS": return "ok";
    case "MISSING": return "todo";
    case "BROKEN": return "fix";
    case "UNCLEAR": return "?";
    default: { const unhandled: never = verdict; return unhandled; }
  }
}
function reviewLabel(llm: Schemas["ReviewView"]["llm"]): string {
  switch (llm) {
    case "disabled": return "structural feedback only";
    case "pending": return "AI review on its way";
    case "done": return "AI review included";
    case "failed": return "AI review unavailable";
    default: { const unhandled: never = llm; return unhandled; }
  }
}
// Final unless PARTIAL with a pending review (PARTIAL with a failed review is final).
function isFinal(f: Schemas["FeedbackView"]): boolean {
  return !(f.status === "PARTIAL" && f.review.llm === "pending");
}
function progressVerdict(c: Schemas["CriterionState"]): string {
  return c.verdict === null ? "not judged yet" : verdictIcon(c.verdict);
}
const severities: Record<Schemas["FindingView"]["severity"], number> =
  { ESSENTIAL: 0, ACTIONABLE: 1, INFORMATIVE: 2, CELEBRATORY: 3 };
const origins: Schemas["FindingView"]["origin"][] = ["STRUCTURAL", "LLM", "BOTH"];
const levels: Schemas["TutorialSummaryView"]["level"][] = ["foundation", "intermediate", "advanced"];
// @ts-expect-error a value outside the closed set does not compile
const notAVerdict: Schemas["FindingView"]["verdict"] = "FAILED";
function showVerdicts(s: Submission): void {
  for (const finding of s.feedback.findings) {
    console.log(verdictIcon(finding.verdict), severities[finding.severity], origins.indexOf(finding.origin));
  }
  console.log(reviewLabel(s.feedback.review.llm), isFinal(s.feedback) ? "final" : "watch the events", levels, notAVerdict);
}

// 5. Reload it later by id, then list my history.
type SubmissionById = Json<"/api/v1/submissions/{id}", "get", 200>;
type History = Json<"/api/v1/submissions", "get", 200>;
async function history(token: string, id: string, slug: string): Promise<void> {
  const again = await call<SubmissionById>("GET", `/api/v1/submissions/${id}`, token);
  const page = await call<History>("GET", `/api/v1/submissions?tutorial=${slug}&limit=10`, token);
  const ids: string[] = (page.items ?? []).flatMap((i) => (i.id === undefined ? [] : [i.id]));
  console.log(again.feedback?.summary?.nextRevision, ids.length, page.nextCursor ?? "(last page)");
  // Each history row carries its outcome: no call per row for a history view.
  for (const i of page.items) {
    const llm: Schemas["ReviewView"]["llm"] | null = i.llm;
    const outcome = i.score === null ? "no feedback" : `${i.status} ${i.score.passed}/${i.score.total}`;
    console.log(`r${i.revision} ${outcome} ${llm === null ? "" : reviewLabel(llm)}`);
  }
}

// 6. Hints: reveal the next one, list the revealed ones.
type Hint = Json<"/api/v1/tutorials/{slug}/hints/next", "post", 200>;
type Hints = Json<"/api/v1/tutorials/{slug}/hints", "get", 200>;
async function hints(token: string, slug: string): Promise<void> {
  await call<Hint>("POST", `/api/v1/tutorials/${slug}/hints/next`, token);
  const all = await call<Hints>("GET", `/api/v1/tutorials/${slug}/hints`, token);
  for (const h of all.hints ?? []) console.log(`hint ${h.id}: ${h.text}`);
  console.log(`${all.remaining} hints left`);
}

// 7. A practice check attempt.
type Answer = paths["/api/v1/tutorials/{slug}/practice-checks/{checkId}/attempts"]["post"]["requestBody"]["content"]["application/json"];
type PracticeResult = Json<"/api/v1/tutorials/{slug}/practice-checks/{checkId}/attempts", "post", 200>;
async function practice(token: string, slug: string, checkId: string): Promise<boolean> {
  const answer: Answer = { answer: "(integer) 1" };
  const r = await call<PracticeResult>("POST", `/api/v1/tutorials/${slug}/practice-checks/${checkId}/attempts`, token, answer);
  console.log(r.correct ? "right" : `expected ${r.expected}`, r.explanation);
  return r.correct === true;
}

// 8. Progress over the catalog.
type Progress = Json<"/api/v1/me/progress", "get", 200>;
async function progress(token: string): Promise<number> {
  const p = await call<Progress>("GET", "/api/v1/me/progress", token);
  const done = (p.tutorials ?? []).filter((t) => t.completed === true);
  for (const t of p.tutorials ?? []) {
    console.log(`${t.slug}: ${t.revisions} revisions, best ${t.bestScore?.passed}/${t.bestScore?.total}, ${t.hintsUsed} hints`);
    for (const c of t.criteria) console.log(`  ${c.id}: ${progressVerdict(c)}`);
  }
  return done.length;
}

export async function learnerJourney(token: string): Promise<number> {
  const slug = await firstTutorial();
  const { starter, checkId } = await openTutorial(slug);
  const submission = await submit(token, slug, starter);
  showFeedback(submission);
  showVerdicts(submission);
  if (submission.id) await history(token, submission.id, slug);
  await hints(token, slug);
  if (checkId) await practice(token, slug, checkId);
  return progress(token);
}
