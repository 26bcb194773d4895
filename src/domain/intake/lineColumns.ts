/*
 * What the columns of a pasted itemized bill mean. Bills and spreadsheets name
 * them many ways ("DOS", "Service date", "CPT/HCPCS", "Qty", "Amount"), in any
 * order, often under a title row or two: the header is the first row (of the
 * first ten) that names at least a code and a charge column.
 */

export type LineField = 'date' | 'code' | 'modifiers' | 'revenueCode' | 'description' | 'units' | 'charge' | 'diagnoses';

/** Header words per field, compared without case, spaces or punctuation. */
const namesOf: Record<LineField, string[]> = {
  date: ['date', 'dos', 'servicedate', 'dateofservice', 'svcdate', 'postdate', 'postingdate', 'fromdate'],
  code: ['code', 'cpt', 'hcpcs', 'cpthcpcs', 'cptcode', 'hcpcscode', 'procedure', 'procedurecode', 'proccode', 'cpthcpcscode', 'cptcpt'],
  modifiers: ['modifier', 'modifiers', 'mod', 'mods'],
  revenueCode: ['revenuecode', 'revcode', 'rev', 'revenue', 'revcd', 'ub04revenuecode'],
  description: ['description', 'desc', 'service', 'item', 'itemdescription', 'servicedescription', 'details'],
  units: ['units', 'unit', 'qty', 'quantity', 'count', 'svcunits'],
  charge: ['charge', 'charges', 'amount', 'total', 'totalcharge', 'totalcharges', 'billed', 'billedamount', 'linetotal', 'price', 'chargeamount'],
  diagnoses: ['diagnosis', 'diagnoses', 'dx', 'icd', 'icd10', 'icd10cm', 'diagnosiscode', 'diagnosiscodes', 'dxcode'],
};

const fieldByName = new Map<string, LineField>(
  (Object.entries(namesOf) as [LineField, string[]][]).flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

/** The field a header cell names, if any. */
export function fieldOfHeader(cell: string): LineField | undefined {
  return fieldByName.get(cell.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

export type Header = { row: number; columns: Map<LineField, { index: number; name: string }> };

export const requiredFields: LineField[] = ['date', 'code', 'charge'];

/** The header row (0-based) and which column holds which field; the first column wins a repeated name. */
export function findHeader(rows: string[][]): Header | undefined {
  for (let row = 0; row < Math.min(rows.length, 10); row += 1) {
    const columns = new Map<LineField, { index: number; name: string }>();
    rows[row]!.forEach((cell, index) => {
      const field = fieldOfHeader(cell);
      if (field && !columns.has(field)) columns.set(field, { index, name: cell });
    });
    if (columns.has('code') && columns.has('charge')) return { row, columns };
  }
  return undefined;
}

/** How each field is written in the header this project writes (see writeBillLines.ts). */
export const headerNames: Record<LineField, string> = {
  date: 'Date', code: 'Code', modifiers: 'Modifiers', revenueCode: 'Revenue code', description: 'Description',
  units: 'Units', charge: 'Charge', diagnoses: 'Diagnoses',
};
