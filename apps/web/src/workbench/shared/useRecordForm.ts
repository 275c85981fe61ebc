import type { Client, CombinedError, OperationResult, TypedDocumentNode } from '@urql/vue';
import { reactive, ref, type UnwrapRef } from 'vue';

import { errorMessage, fieldMessages, isVersionConflict } from '../../api/errors';

/** A record as the form reads it: its id and the version an update must send back. */
export interface Versioned {
  id: string;
  version: number;
}

export interface RecordFormOptions<TModel extends object, TRecord extends Versioned> {
  /** The form's values for a new record. */
  empty: () => TModel;
  /** The form's values for a record read from the server. */
  fromRecord: (record: TRecord) => TModel;
  /** Reads one record fresh from the server (on opening the form, and on 重新加载). */
  read: (id: string) => Promise<{ record: TRecord | null | undefined; error?: CombinedError }>;
  create: (model: TModel) => Promise<OperationResult>;
  /** Saves the form over `record`, sending the version it was read at. */
  update: (model: TModel, record: Versioned) => Promise<OperationResult>;
  /** After a save: the list reads its page again. */
  saved: () => void;
}

/**
 * A create/edit form's machinery: open empty or with a record read fresh, save, and sort the
 * server's refusal into messages at the fields it names, a stale-version notice with a reload,
 * or one message for the whole form.
 */
export function useRecordForm<TModel extends object, TRecord extends Versioned>(options: RecordFormOptions<TModel, TRecord>) {
  const state = reactive({
    visible: false,
    saving: false,
    loading: false,
    /** The record being edited; null for a new one. */
    editing: null as Versioned | null,
    /** The server's messages keyed by the input field's name. */
    fieldErrors: {} as Record<string, string>,
    /** A refusal that names no field (shown above the form). */
    problem: '',
    /** Someone else saved the record after the form read it. */
    conflict: false,
  });
  const model = ref(options.empty());

  function clearMessages(): void {
    state.fieldErrors = {};
    state.problem = '';
    state.conflict = false;
  }

  function openCreate(): void {
    clearMessages();
    state.editing = null;
    model.value = options.empty() as UnwrapRef<TModel>;
    state.visible = true;
  }

  async function openEdit(id: string): Promise<void> {
    clearMessages();
    state.editing = { id, version: 0 };
    state.visible = true;
    await reload();
  }

  /** Reads the record being edited again, replacing what the form holds. */
  async function reload(): Promise<void> {
    if (!state.editing) return;
    state.loading = true;
    const { record, error } = await options.read(state.editing.id);
    state.loading = false;
    clearMessages();
    if (!record) {
      state.problem = error ? errorMessage(error) : '该记录已不存在，可能已被他人删除。';
      return;
    }
    state.editing = { id: record.id, version: record.version };
    model.value = options.fromRecord(record) as UnwrapRef<TModel>;
  }

  async function submit(): Promise<void> {
    clearMessages();
    state.saving = true;
    const current = model.value as TModel;
    const result = state.editing ? await options.update(current, state.editing) : await options.create(current);
    state.saving = false;
    if (!result.error) {
      state.visible = false;
      options.saved();
      return;
    }
    if (isVersionConflict(result.error)) {
      state.conflict = true;
      return;
    }
    state.fieldErrors = fieldMessages(result.error);
    // A refusal naming no field, or a field the form does not show, still reaches the user.
    const named = Object.keys(state.fieldErrors);
    if (named.length === 0 || named.some((field) => !(field in current))) state.problem = errorMessage(result.error);
  }

  return { state, model, openCreate, openEdit, reload, submit };
}

export type RecordForm = ReturnType<typeof useRecordForm>;

/** An optional text or number input's value for the API: '' clears it (null). */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Reads one record fresh from the server, as `RecordFormOptions.read` wants it. */
export async function readFresh<TData, TRecord>(
  client: Client,
  query: TypedDocumentNode<TData, { id: string }>,
  id: string,
  pick: (data: TData) => TRecord | null | undefined,
): Promise<{ record: TRecord | null | undefined; error?: CombinedError }> {
  const result = await client.query(query, { id }, { requestPolicy: 'network-only' }).toPromise();
  return { record: result.data ? pick(result.data) : null, error: result.error };
}

/** A nullable value from the API as an input's text. */
export function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
