// @title Funding totals per currency
// @description All money raised in the article, summed per currency, with the rounds behind each sum.
// @category Funding
MATCH (raiser:Entity)-[:RAISED]->(round:FundingRound)
WITH round, collect(raiser.name) AS raisedBy
RETURN round.currency AS currency,
       count(round) AS rounds,
       sum(round.amount) AS total,
       collect(round.name + ' (' + round.amountText + ')') AS roundsIncluded
ORDER BY currency
LIMIT $rowCap
