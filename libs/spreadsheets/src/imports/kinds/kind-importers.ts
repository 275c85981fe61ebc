/** The injection token of every kind's importer (a multi-provider list built in SpreadsheetsModule). */
export const KIND_IMPORTERS = Symbol('KIND_IMPORTERS');
