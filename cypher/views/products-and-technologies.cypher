// @title Products and the technologies they embody
// @description Each product, who makes it, and the technologies it embodies, provides or is trained on.
// @category Products
MATCH (product:Product)
OPTIONAL MATCH (maker:Company)-[made:DEVELOPS|RELEASED]->(product)
OPTIONAL MATCH (product)-[link:EMBODIES|PROVIDES|TRAINED_ON|APPLIED_TO]->(technology:Technology)
RETURN maker, made, product, link, technology
LIMIT $rowCap
