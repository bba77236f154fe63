import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Computes a survey's cells from its respondents: the distribution of the direct-time share (n,
 * mean, median, quartiles) in the total, per municipality group, county and role, and per group ×
 * role and county × role, in one statement. The import and the demo seed both call it, so demo
 * cells are computed as an imported survey's are. Run it in the transaction that inserted the
 * respondents; cells already there are replaced.
 */
export async function computeSurveyCells(db: Db, surveyId: string): Promise<void> {
  await db.execute(sql`delete from survey_cells where survey_id = ${surveyId}`);
  await db.execute(sql`
    insert into survey_cells (survey_id, grouping, key1, key2, n, mean, median, q1, q3)
    select ${surveyId}::uuid,
      case grouping(m.group_code, m.county_code, r.role)
        when 7 then 'total' when 3 then 'group' when 5 then 'county'
        when 6 then 'role' when 2 then 'group_role' when 4 then 'county_role' end,
      coalesce(m.group_code::text, m.county_code::text, r.role::text, ''),
      case when grouping(m.group_code, m.county_code, r.role) in (2, 4) then r.role::text else '' end,
      count(*)::int,
      avg(r.direct_share),
      percentile_cont(0.5) within group (order by r.direct_share),
      percentile_cont(0.25) within group (order by r.direct_share),
      percentile_cont(0.75) within group (order by r.direct_share)
    from survey_respondents r
    join municipalities m on m.code = r.municipality_code
    where r.survey_id = ${surveyId}::uuid
    group by grouping sets (
      (), (m.group_code), (m.county_code), (r.role),
      (m.group_code, r.role), (m.county_code, r.role)
    )`);
}
