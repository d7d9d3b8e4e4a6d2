/** The backend the user asked for and the one training actually used. */
import type { StateCreator } from 'zustand';
import type { AppState, BackendSlice } from './types';

export const createBackendSlice: StateCreator<AppState, [], [], BackendSlice> = (set) => ({
  backendChoice: 'auto',
  activeBackend: null,
  backendNote: null,
  backendNotes: [],
  setBackendChoice(choice) {
    // Takes effect at the next training; the active backend stays shown until then.
    set({ backendChoice: choice });
  },
});
