/**
 * Error codes, their categories and the exception that carries them. The category decides the exit code: a user
 * error is exit 2, an external failure (a full disk, a database that does not answer) exit 5, an internal error
 * exit 1; the code's name goes into the manifest of a failed run.
 */
package io.saleslens.error;
