/*
 * The public face of the FHIR importer: CARIN Blue Button and Medicare Blue
 * Button ExplanationOfBenefit resources in, Billpath's Eob out.
 */
export { importFhirEob } from './importFhirEob';
