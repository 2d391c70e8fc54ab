// @title Who funds world models
// @description Every funding round, who raised it, and the investors that led or joined it, with amounts.
// @category Funding
MATCH (raiser:Entity)-[raised:RAISED]->(round:FundingRound)
OPTIONAL MATCH (investor:Investor)-[role:LED|PARTICIPATED_IN]->(round)
RETURN raiser, raised, round, investor, role
ORDER BY round.amount DESC
LIMIT $rowCap
