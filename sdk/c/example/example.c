/* The README's example: SET greeting hello, then GET it back.
 *   cc example.c $(pkg-config --cflags --libs keyspace) && ./a.out
 * The server is KEYSPACE_ADDRESS, else localhost:7379. */
#include <stdio.h>
#include <stdlib.h>

#include <keyspace/keyspace.h>

int main(void)
{
  const char *address = getenv("KEYSPACE_ADDRESS");
  ks_error error = {0};
  ks_client *kv = ks_client_new(address != NULL ? address : "localhost:7379", &error);
  Keyspace__V1__SetRequest set;
  keyspace__v1__set_request__init(&set);
  set.key = ks_str("greeting");
  set.value = ks_str("hello");
  Keyspace__V1__GetRequest get;
  keyspace__v1__get_request__init(&get);
  get.key = ks_str("greeting");
  Keyspace__V1__GetResponse *reply = NULL;
  if (ks_set(kv, &set, NULL, &error) != KS_OK || ks_get(kv, &get, &reply, &error) != KS_OK) {
    fprintf(stderr, "%s (%s)\n", error.message, ks_code_name(error.code));
    ks_error_clear(&error);
    ks_client_free(kv);
    return 1;
  }
  /* value is an optional field: a missing key (Redis's nil) leaves it unset. */
  if (ks_has_field(&reply->base, "value"))
    printf("%.*s\n", (int)reply->value.len, (const char *)reply->value.data);
  else
    printf("(nil)\n");
  ks_message_free(&reply->base);
  ks_client_free(kv);
  return 0;
}
