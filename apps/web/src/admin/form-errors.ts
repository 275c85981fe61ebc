import type { CombinedError } from '@urql/vue';
import { reactive } from 'vue';

import { errorMessage, fieldMessages } from '../api/errors';

/**
 * A form's refusal from the server: each field's Chinese message (shown at that field), or, when
 * the server names no field, one message for the whole form.
 */
export function useFormErrors() {
  const errors = reactive({ fields: {} as Record<string, string>, form: '' });
  return {
    errors,
    show(error: CombinedError): void {
      errors.fields = fieldMessages(error);
      errors.form = Object.keys(errors.fields).length > 0 ? '' : errorMessage(error);
    },
    clear(): void {
      errors.fields = {};
      errors.form = '';
    },
  };
}
