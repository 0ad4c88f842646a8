/*
 * Keyspace::Native: the C SDK's binding surface (libkeyspace's JSON calls by
 * RPC name, the JSON streams, the error accessors) as plain Perl functions.
 * Handles travel as integers; Keyspace::Client owns them and frees them in
 * DESTROY. A failure comes back as a list (undef, code, message, reason) so
 * that the Perl layer, not C, decides how to die.
 */
#define PERL_NO_GET_CONTEXT
#include "EXTERN.h"
#include "perl.h"
#include "XSUB.h"

#include <keyspace/ks_runtime.h>

/* Pushes (undef, code, message, reason) and clears the error. */
#define PUSH_ERROR(err)                                                            \
  do {                                                                             \
    const char *m_ = ks_error_message(err), *r_ = ks_error_reason(err);            \
    XPUSHs(&PL_sv_undef);                                                          \
    mXPUSHi(ks_error_code(err));                                                   \
    XPUSHs(m_ ? sv_2mortal(newSVpv(m_, 0)) : &PL_sv_undef);                        \
    XPUSHs(r_ ? sv_2mortal(newSVpv(r_, 0)) : &PL_sv_undef);                        \
    ks_error_free(err);                                                            \
  } while (0)

/* Takes a JSON text the SDK allocated as a Perl string (UTF-8: it is JSON). */
static SV *take_json(pTHX_ char *json)
{
  SV *sv = newSVpv(json, 0);
  ks_free(json);
  return sv_2mortal(sv);
}

MODULE = Keyspace  PACKAGE = Keyspace::Native  PREFIX = kn_

PROTOTYPES: DISABLE

const char *
kn_version()
  CODE:
    RETVAL = ks_version();
  OUTPUT:
    RETVAL

const char *
kn_code_name(int code)
  CODE:
    RETVAL = ks_code_name(code);
  OUTPUT:
    RETVAL

void
kn_client_new(const char *address)
  PPCODE:
    ks_error *error = ks_error_new();
    ks_client *client = ks_client_new(address, error);
    if (client == NULL) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      mXPUSHu(PTR2UV(client));
    }

void
kn_client_free(UV client)
  CODE:
    ks_client_free(INT2PTR(ks_client *, client));

void
kn_client_set_timeout(UV client, IV timeout_ms)
  CODE:
    ks_client_set_timeout(INT2PTR(ks_client *, client), (int64_t)timeout_ms);

void
kn_call_json(UV client, const char *method, const char *request)
  PPCODE:
    ks_error *error = ks_error_new();
    char *response = NULL;
    ks_status status;
    status = ks_call_json(INT2PTR(ks_client *, client), method, request, &response, error);
    if (status != KS_OK) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      XPUSHs(take_json(aTHX_ response));
    }

void
kn_stream_open(UV client, const char *method)
  PPCODE:
    ks_error *error = ks_error_new();
    ks_stream *stream = ks_stream_open_named(INT2PTR(ks_client *, client), method, error);
    if (stream == NULL) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      mXPUSHu(PTR2UV(stream));
    }

void
kn_stream_send_json(UV stream, const char *request)
  PPCODE:
    ks_error *error = ks_error_new();
    if (ks_stream_send_json(INT2PTR(ks_stream *, stream), request, error) != KS_OK) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      mXPUSHi(1);
    }

void
kn_stream_close_send(UV stream)
  PPCODE:
    ks_error *error = ks_error_new();
    if (ks_stream_close_send(INT2PTR(ks_stream *, stream), error) != KS_OK) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      mXPUSHi(1);
    }

# Returns ("ok", json), ("timeout"), ("end") or (undef, code, message, reason).
void
kn_stream_recv_json(UV stream, IV timeout_ms)
  PPCODE:
    ks_error *error = ks_error_new();
    char *response = NULL;
    ks_status status =
        ks_stream_recv_json(INT2PTR(ks_stream *, stream), &response, (int64_t)timeout_ms, error);
    if (status == KS_OK) {
      ks_error_free(error);
      XPUSHs(sv_2mortal(newSVpvs("ok")));
      XPUSHs(take_json(aTHX_ response));
    } else if (status == KS_TIMEOUT) {
      ks_error_free(error);
      XPUSHs(sv_2mortal(newSVpvs("timeout")));
    } else if (status == KS_END) {
      ks_error_free(error);
      XPUSHs(sv_2mortal(newSVpvs("end")));
    } else {
      PUSH_ERROR(error);
    }

void
kn_stream_close(UV stream)
  CODE:
    ks_stream_close(INT2PTR(ks_stream *, stream));

# The canonical proto3 JSON of a method's request ("input") or response
# ("output") message: parsed by the C SDK's codec and written back, so that
# two texts of the same message compare equal as strings.
void
kn_canonical_json(const char *method, const char *which, SV *json)
  PPCODE:
    const ks_method *found = ks_method_find(method);
    ks_error *error = ks_error_new();
    ProtobufCMessage *message = NULL;
    STRLEN length;
    const char *text = SvPV(json, length);
    if (found == NULL) {
      ks_error_set(error, KS_CODE_INVALID_ARGUMENT, "no such RPC");
      PUSH_ERROR(error);
    } else if (ks_message_from_json(strcmp(which, "input") == 0 ? found->input : found->output,
                                    text, length, &message, error) != KS_OK) {
      PUSH_ERROR(error);
    } else {
      ks_error_free(error);
      XPUSHs(take_json(aTHX_ ks_message_to_json(message)));
      ks_message_free(message);
    }
