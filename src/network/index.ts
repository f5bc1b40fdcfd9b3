/**
 * `standpoint/network`: statements for DNA, discourse networks (graphology),
 * their exports (GraphML, CSV, JSON) and the HTML report. A separate entry so
 * that `import 'standpoint'` never loads graphology, an optional peer
 * dependency that only this entry needs (`npm install graphology`).
 */
export { toStatements, statementsToCsv, DNA_COLUMNS, STATEMENT_COLUMNS, type Statement, type StatementDocument, type StatementsInput, type StatementsCsvOptions } from './statements.js';
export {
  congruenceNetwork,
  conflictNetwork,
  twoModeNetwork,
  buildNetwork,
  networksOverTime,
  NORMALIZATIONS,
  NETWORK_TYPES,
  type Normalization,
  type NetworkType,
  type NetworkOptions,
  type ActorNetworkOptions,
  type TwoModeNetworkOptions,
  type TwoModeWeight,
  type TwoModeNormalization,
  TWO_MODE_NORMALIZATIONS,
  type ActorNetwork,
  type TwoModeNetwork,
  type DiscourseNetwork,
  type ActorNodeAttributes,
  type ActorEdgeAttributes,
  type ActorGraphAttributes,
  type TwoModeNodeAttributes,
  type TwoModeEdgeAttributes,
  type TwoModeGraphAttributes,
  type TimeWindow,
  type WindowedNetwork,
} from './networks.js';
export { toGraphML, toEdgeCsv, toNodeCsv, toGraphJSON, attributeNames, type GraphMLOptions, type CsvTableOptions } from './export.js';
export { renderReport, type ReportOptions } from './report.js';
