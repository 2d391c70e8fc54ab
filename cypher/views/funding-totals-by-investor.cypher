// @title Funding totals per investor
// @description For each investor, the rounds it led or joined and their combined size, per currency (the article gives round totals, not each investor's share).
// @category Funding
MATCH (investor:Investor)-[role:LED|PARTICIPATED_IN]->(round:FundingRound)
RETURN investor.name AS investor,
       collect(DISTINCT type(role)) AS roles,
       round.currency AS currency,
       count(DISTINCT round) AS rounds,
       sum(round.amount) AS totalOfRounds,
       collect(round.amountText) AS asTheArticleSaysIt
ORDER BY currency, totalOfRounds DESC, investor
LIMIT $rowCap
