// @title A company's funding network
// @description The rounds one company raised, the investors behind them and the groups those investors belong to.
// @category Funding
// @param company entity = shengshu | The company (or person) that raised the money
MATCH (company:Entity {id: $company})
OPTIONAL MATCH raised = (company)-[:RAISED]->(round:FundingRound)
OPTIONAL MATCH backed = (round)<-[:LED|PARTICIPATED_IN]-(investor:Investor)
OPTIONAL MATCH parent = (investor)-[:PART_OF]->(:Entity)
RETURN company, raised, backed, parent
LIMIT $rowCap
