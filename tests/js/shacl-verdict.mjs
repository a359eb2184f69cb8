#!/usr/bin/env node
// Independent SHACL engines for the test suite: validates N-Triples data against N-Triples shapes and
// prints a small, stably sorted JSON verdict that tests/test_second_engine.py compares with pySHACL's.
//
//   node shacl-verdict.mjs [OPTIONS] DATA.nt SHAPES.nt
//       -> {"conforms": bool, "results": [{"focus", "path", "shape", "component", "severity", "value"}],
//           "unsupported": [{"shape", "feature"}]}
//   node shacl-verdict.mjs [OPTIONS] --batch SHAPES.nt DATA1.nt [DATA2.nt ...]
//       -> [verdict for DATA1.nt, verdict for DATA2.nt, ...]   (one node start-up, shapes parsed once)
//
// OPTIONS
//   --engine rdf-validate-shacl   (default) zazuko's engine, SHACL Core only
//   --engine shacl-engine         rdf-ext's engine, SHACL Core + SHACL-SPARQL (sh:sparql, SPARQL targets)
//   --allow-warnings              mirror pySHACL's allow_warnings=True: sh:Warning and sh:Info results do
//                                 not make the data non-conforming (they are still listed). Without it,
//                                 conforms follows the SHACL spec: true iff there is no result at all.
//   --core-only                   SHACL Core only: shacl-engine without its SPARQL plugin (about ten
//                                 times faster here); rdf-validate-shacl is always core-only
//   --no-datatype-fix             rdf-validate-shacl as published, without the correction of its
//                                 xsd:gMonthDay / xsd:gDay check (see DATATYPE_FIXES below)
//
// rdf-validate-shacl does not implement SHACL-SPARQL: given a shape with sh:sparql it throws ("Cannot find
// validator for constraint component sh:SPARQLConstraintComponent"). So, for that engine, sh:sparql
// constraints are removed from the shapes before validation; they and the SPARQL-based targets
// (sh:target, which it ignores) are listed in "unsupported". So are they for shacl-engine --core-only.
// shacl-engine with its SPARQL plugin checks both; its list is then empty.
//
// Terms in the output: IRIs as plain strings, blank nodes as "_:label" (labels as written in the input
// file), literals in N-Triples form. A property path that is not a single IRI is rendered as a SPARQL
// property path ("^<p>", "<p>/(^<q>)", "<p>|<q>", "<p>*"), so that it is stable across runs.
// Exit 0 on success; exit 2 with a one-line message on bad input (usage, unreadable or unparsable file).
// Exit 1 with a stack trace if an engine itself fails.

import { readFileSync } from 'node:fs'
import N3 from 'n3'

const SH = 'http://www.w3.org/ns/shacl#'
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const NON_BLOCKING = new Set([`${SH}Warning`, `${SH}Info`])
const ENGINES = ['rdf-validate-shacl', 'shacl-engine']

class BadInput extends Error {}

function parseNTriples (file) {
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new BadInput(`cannot read ${file}: ${e.code || e.message}`)
  }
  // blankNodePrefix '' keeps the file's own labels, so reported blank nodes match the input.
  const parser = new N3.Parser({ format: 'N-Triples', blankNodePrefix: '' })
  try {
    return parser.parse(text)
  } catch (e) {
    throw new BadInput(`${file} is not valid N-Triples: ${e.message}`)
  }
}

function termString (term) {
  if (!term) return null
  switch (term.termType) {
    case 'NamedNode': return term.value
    case 'BlankNode': return `_:${term.value}`
    case 'Literal': {
      const lexical = JSON.stringify(term.value)
      if (term.language) return `${lexical}@${term.language}`
      return `${lexical}^^<${term.datatype.value}>`
    }
    default: return String(term.value)
  }
}

// A SHACL property path (a term of the shapes graph) as a SPARQL property path string.
function pathString (term, shapes) {
  if (!term) return null
  if (term.termType === 'NamedNode') return term.value
  const one = (predicate) => shapes.getObjects(term, predicate, null)[0] || null
  const sub = (t) => (t.termType === 'NamedNode' ? `<${t.value}>` : `(${pathString(t, shapes)})`)
  const list = (head) => {
    const items = []
    for (let node = head; node && !(node.termType === 'NamedNode' && node.value === `${RDF}nil`);) {
      const first = shapes.getObjects(node, `${RDF}first`, null)
      if (!first.length) break
      items.push(first[0])
      node = shapes.getObjects(node, `${RDF}rest`, null)[0]
    }
    return items
  }
  let inner
  if ((inner = one(`${SH}inversePath`))) return `^${sub(inner)}`
  if ((inner = one(`${SH}zeroOrMorePath`))) return `${sub(inner)}*`
  if ((inner = one(`${SH}oneOrMorePath`))) return `${sub(inner)}+`
  if ((inner = one(`${SH}zeroOrOnePath`))) return `${sub(inner)}?`
  if ((inner = one(`${SH}alternativePath`))) return list(inner).map(sub).join('|')
  if (shapes.getObjects(term, `${RDF}first`, null).length) return list(term).map(sub).join('/')
  return termString(term)
}

// shacl-engine's parsed path (a list of steps) in the same syntax as pathString.
function stepsString (steps) {
  if (!steps || steps.length === 0) return null
  const step = (s) => {
    const preds = s.predicates.map((p) => `<${p.value}>`)
    let text = preds.join('|')
    if (s.start === 'object') text = `^${text}`
    if (s.quantifier === 'oneOrMore') text += '+'
    else if (s.quantifier === 'zeroOrMore') text += '*'
    else if (s.quantifier === 'zeroOrOne') text += '?'
    return text
  }
  const simple = (s) => s.quantifier === 'one' && s.start === 'subject' && s.predicates.length === 1
  if (steps.length === 1) return simple(steps[0]) ? steps[0].predicates[0].value : step(steps[0])
  return steps.map((s) => (simple(s) ? step(s) : `(${step(s)})`)).join('/')
}

function compareResults (a, b) {
  for (const key of ['focus', 'shape', 'path', 'component', 'severity', 'value', 'feature']) {
    const x = a[key] ?? ''
    const y = b[key] ?? ''
    if (x < y) return -1
    if (x > y) return 1
  }
  return 0
}

// rdf-validate-datatype 0.2.2 (the latest, used by rdf-validate-shacl 0.6.5 for sh:datatype) has the
// lexical patterns of xsd:gMonthDay and xsd:gDay without their leading dashes: it rejects every valid
// value ("--01-04", "---04") and accepts invalid ones ("01-04", "04"). XSD 1.1 Part 2, 3.3.13 and 3.3.15:
// gMonthDay is --MM-DD, gDay is ---DD, each with an optional timezone. Unless --no-datatype-fix is given,
// the two validators are replaced in the library's (singleton) registry by correct ones.
const TZ = '(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00))?'
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const GMONTHDAY = new RegExp(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TZ}$`)
const GDAY = new RegExp(`^---(0[1-9]|[12]\\d|3[01])${TZ}$`)
const DATATYPE_FIXES = {
  [`${XSD}gMonthDay`]: (value) => GMONTHDAY.test(value) &&
    Number(value.slice(5, 7)) <= DAYS_IN_MONTH[Number(value.slice(2, 4)) - 1],
  [`${XSD}gDay`]: (value) => GDAY.test(value),
}

async function fixDatatypes () {
  const { validators } = await import('rdf-validate-datatype')
  for (const [datatype, validate] of Object.entries(DATATYPE_FIXES)) {
    validators.register(N3.DataFactory.namedNode(datatype), validate)
  }
}

// Each engine: prepare(shapeQuads, shapesStore, options) -> { unsupported, validate(dataQuads) -> results }

async function rdfValidateShacl (shapeQuads, shapesStore, options) {
  const { default: SHACLValidator } = await import('rdf-validate-shacl')
  if (options.datatypeFix) await fixDatatypes()
  // It throws on sh:sparql ("Cannot find validator for constraint component"): leave those out.
  const kept = shapeQuads.filter((q) => q.predicate.value !== `${SH}sparql`)
  return {
    unsupported: sparqlFeatures(shapeQuads),
    async validate (dataQuads) {
      const validator = new SHACLValidator(kept)
      // The validator's own RDF/JS environment (@rdfjs/dataset) holds the data graph.
      const report = await validator.validate(validator.factory.dataset(dataQuads))
      return report.results.map((r) => ({
        focus: termString(r.focusNode),
        path: pathString(r.path, shapesStore),
        shape: termString(r.sourceShape),
        component: termString(r.sourceConstraintComponent),
        severity: termString(r.severity),
        value: termString(r.value),
      }))
    },
  }
}

// Constraints and targets a core-only run does not check, for the "unsupported" list.
function sparqlFeatures (shapeQuads) {
  return shapeQuads
    .filter((q) => q.predicate.value === `${SH}sparql` || q.predicate.value === `${SH}target`)
    .map((q) => ({ shape: termString(q.subject), feature: `sh:${q.predicate.value.slice(SH.length)}` }))
}

async function shaclEngine (shapeQuads, shapesStore, options) {
  const { Validator } = await import('shacl-engine')
  // Without its SPARQL plugin, shacl-engine skips sh:sparql and sh:target (that is --core-only).
  const sparql = options.coreOnly ? {} : await import('shacl-engine/sparql.js')
  return {
    unsupported: options.coreOnly ? sparqlFeatures(shapeQuads) : [],
    async validate (dataQuads) {
      // shacl-engine deliberately walks rdfs:subClassOf in the SHAPES graph (for sh:targetClass, implicit
      // class targets and sh:class), where SHACL (1.5, "SHACL instance") says the data graph
      // (rdf-ext/shacl-engine#42, kept by design). To give it the class hierarchy of the data graph, as
      // the spec and the other engines have it, the data graph's rdfs:subClassOf triples are added to
      // its shapes graph.
      const subClassOf = dataQuads.filter((q) => q.predicate.value === `${RDFS}subClassOf`)
      const validator = new Validator(new N3.Store([...shapeQuads, ...subClassOf]), {
        factory: N3.DataFactory,
        validations: sparql.validations,
        targetResolvers: sparql.targetResolvers,
      })
      const report = await validator.validate({ dataset: new N3.Store(dataQuads) })
      return report.results.map((r) => ({
        focus: termString(r.focusNode?.term),
        path: stepsString(r.path),
        shape: termString(r.shape?.ptr?.term),
        component: termString(r.constraintComponent),
        severity: termString(r.severity),
        value: termString(r.value?.term),
      }))
    },
  }
}

function parseArgs (args) {
  const options = {
    engine: ENGINES[0], allowWarnings: false, batch: false, coreOnly: false, datatypeFix: true, files: [],
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--allow-warnings') options.allowWarnings = true
    else if (arg === '--batch') options.batch = true
    else if (arg === '--no-datatype-fix') options.datatypeFix = false
    else if (arg === '--core-only') options.coreOnly = true
    else if (arg === '--engine') options.engine = args[++i]
    else if (arg.startsWith('--engine=')) options.engine = arg.slice('--engine='.length)
    else if (arg.startsWith('--')) throw new BadInput(`unknown option ${arg}`)
    else options.files.push(arg)
  }
  if (!ENGINES.includes(options.engine)) {
    throw new BadInput(`unknown engine ${options.engine} (one of: ${ENGINES.join(', ')})`)
  }
  if (options.batch ? options.files.length < 2 : options.files.length !== 2) {
    throw new BadInput('usage: shacl-verdict.mjs [OPTIONS] DATA.nt SHAPES.nt | ' +
      '[OPTIONS] --batch SHAPES.nt DATA.nt... (OPTIONS: --engine NAME, --allow-warnings, --core-only, ' +
      '--no-datatype-fix)')
  }
  return options
}

async function main (argv) {
  const options = parseArgs(argv.slice(2))
  const [shapesFile, ...dataFiles] = options.batch ? options.files : [options.files[1], options.files[0]]
  const shapeQuads = parseNTriples(shapesFile)
  const shapesStore = new N3.Store(shapeQuads)
  const dataSets = dataFiles.map(parseNTriples) // all input checked before any validation runs
  const prepare = options.engine === 'shacl-engine' ? shaclEngine : rdfValidateShacl
  const engine = await prepare(shapeQuads, shapesStore, options)
  const unsupported = engine.unsupported.sort(compareResults)
  const verdicts = []
  for (const dataQuads of dataSets) {
    const results = (await engine.validate(dataQuads)).sort(compareResults)
    const conforms = options.allowWarnings
      ? results.every((r) => NON_BLOCKING.has(r.severity))
      : results.length === 0
    verdicts.push({ conforms, results, unsupported })
  }
  process.stdout.write(`${JSON.stringify(options.batch ? verdicts : verdicts[0])}\n`)
}

main(process.argv).catch((e) => {
  if (e instanceof BadInput) {
    process.stderr.write(`shacl-verdict: ${String(e.message).split('\n')[0]}\n`)
    process.exit(2)
  }
  // Anything else is a failure of an engine, not of the input: keep the stack for diagnosis.
  process.stderr.write(`shacl-verdict: engine error: ${e && e.stack ? e.stack : e}\n`)
  process.exit(1)
})
