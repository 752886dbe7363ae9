/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Doctor: '@telemed/subgraph-kit/references#EntityReference',
  DoctorStats: '../stats/doctor-stats.repository#DoctorStats as DoctorStatsModel',
  PlatformMetrics: '../stats/platform-metrics.repository#PlatformMetrics as PlatformMetricsModel',
};
