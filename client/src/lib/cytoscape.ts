import cytoscape from 'cytoscape';

/**
 * Cytoscape as the explorer uses it; import it from here only, so that an extension, if one is
 * ever needed, is registered in one place before any graph is made.
 */
export default cytoscape;
