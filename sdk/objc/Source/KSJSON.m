#import "KSJSON.h"
#import "KSClient.h"

NSString *KSJSONText(id object, NSError **error)
{
  NSError *failure = nil;
  NSData *data = [NSJSONSerialization dataWithJSONObject:object options:0 error:&failure];
  if (data == nil) {
    if (error != NULL)
      *error = KSMakeError(KSErrorCodeInvalidMessage,
                           [NSString stringWithFormat:@"not a JSON message: %@",
                                                      [failure localizedDescription]],
                           nil);
    return nil;
  }
  return [[[NSString alloc] initWithData:data encoding:NSUTF8StringEncoding] autorelease];
}

NSDictionary *KSJSONObject(const char *text, NSError **error)
{
  NSData *data = [NSData dataWithBytes:text length:strlen(text)];
  NSError *failure = nil;
  id object = [NSJSONSerialization JSONObjectWithData:data options:0 error:&failure];
  if (![object isKindOfClass:[NSDictionary class]]) {
    if (error != NULL)
      *error = KSMakeError(KSErrorCodeInvalidMessage,
                           [NSString stringWithFormat:@"not a JSON object: %s", text], nil);
    return nil;
  }
  return object;
}
