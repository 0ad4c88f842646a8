/* proto3 JSON text <-> Foundation objects, for the calls into the C core. */
#import <Foundation/Foundation.h>

/* object as JSON text (UTF-8); nil and *error set when it cannot be. */
NSString *KSJSONText(id object, NSError **error);
/* The JSON object in text (UTF-8, NUL-terminated); nil and *error set when
 * it is not one. */
NSDictionary *KSJSONObject(const char *text, NSError **error);
/* The NSError for a failed C core call (a ks_error *). */
NSError *KSErrorFromC(const void *cerror);
