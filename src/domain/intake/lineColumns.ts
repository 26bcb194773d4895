/*
 * What the columns of a pasted itemized bill mean. Bills and spreadsheets name
 * them many ways ("DOS", "Service date", "CPT/HCPCS", "Qty", "Amount"), in any
 * order, often under a title row or two: the header is the first row (of the
 * first ten) that names at least a code and a charge column. Names are read in
 * English or Spanish, with or without accents ("Código" is "codigo").
 */

export type LineField = 'date' | 'code' | 'modifiers' | 'revenueCode' | 'description' | 'units' | 'charge' | 'diagnoses';

/** Header words per field (English, then Spanish), compared without case, accents, spaces or punctuation; the earlier a name, the better it fits. */
const namesOf: Record<LineField, string[]> = {
  date: ['date', 'dos', 'servicedate', 'dateofservice', 'svcdate', 'postdate', 'postingdate', 'fromdate', 'fecha', 'fechadeservicio', 'fechadelservicio'],
  code: ['code', 'cpt', 'hcpcs', 'cpthcpcs', 'cptcode', 'hcpcscode', 'procedure', 'procedurecode', 'proccode', 'cpthcpcscode', 'cptcpt', 'codigo', 'codigocpt'],
  modifiers: ['modifier', 'modifiers', 'mod', 'mods', 'modificador', 'modificadores'],
  revenueCode: ['revenuecode', 'revcode', 'rev', 'revenue', 'revcd', 'ub04revenuecode', 'codigodeingresos', 'codigodeingreso', 'ingresos'],
  description: ['description', 'desc', 'service', 'item', 'itemdescription', 'servicedescription', 'details', 'descripcion', 'servicio', 'detalle'],
  units: ['units', 'unit', 'qty', 'quantity', 'count', 'svcunits', 'unidades', 'cantidad'],
  // A line's total beats a unit price when a bill shows both ("Qty, Price, Total").
  charge: ['totalcharge', 'totalcharges', 'linetotal', 'total', 'charges', 'charge', 'chargeamount', 'billedamount', 'billed', 'amount', 'price', 'cargototal', 'cargos', 'cargo', 'importe', 'monto', 'precio'],
  diagnoses: ['diagnosis', 'diagnoses', 'dx', 'icd', 'icd10', 'icd10cm', 'diagnosiscode', 'diagnosiscodes', 'dxcode', 'diagnostico', 'diagnosticos', 'codigodediagnostico'],
};

const fieldByName = new Map<string, { field: LineField; rank: number }>(
  (Object.entries(namesOf) as [LineField, string[]][]).flatMap(([field, names]) => names.map((name, rank) => [name, { field, rank }] as const)),
);

/** The field a header cell names, if any, and how well (0 is the best fit). */
export function fieldOfHeader(cell: string): { field: LineField; rank: number } | undefined {
  return fieldByName.get(cell.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, ''));
}

export type Header = { row: number; columns: Map<LineField, { index: number; name: string }> };

export const requiredFields: LineField[] = ['date', 'code', 'charge'];

/** The header row (0-based) and which column holds which field: the best-fitting name, then the first. */
export function findHeader(rows: string[][]): Header | undefined {
  for (let row = 0; row < Math.min(rows.length, 10); row += 1) {
    const columns = new Map<LineField, { index: number; name: string }>();
    const ranks = new Map<LineField, number>();
    rows[row]!.forEach((cell, index) => {
      const named = fieldOfHeader(cell);
      if (!named || (ranks.get(named.field) ?? Infinity) <= named.rank) return;
      ranks.set(named.field, named.rank);
      columns.set(named.field, { index, name: cell });
    });
    if (columns.has('code') && columns.has('charge')) return { row, columns };
  }
  return undefined;
}
