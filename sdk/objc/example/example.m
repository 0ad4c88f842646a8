/* The README's example: SET, then GET reads the value back. */
#import <Foundation/Foundation.h>
#import <Keyspace/KSClient.h>

int main(void)
{
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  const char *address = getenv("KEYSPACE_ADDRESS");
  KSClient *kv = [[KSClient alloc] initWithAddress:[NSString stringWithUTF8String:address ? address : "localhost:7379"]];
  NSError *error = nil;
  if (![kv set:@"greeting" value:@"hello" error:&error])
    NSLog(@"%@ (%@)", error, [[error userInfo] objectForKey:KSRedisPrefixKey]);
  NSData *value = [kv get:@"greeting" error:&error];
  printf("%.*s\n", (int)[value length], (const char *)[value bytes]);
  [kv release];
  [pool release];
  return value != nil ? 0 : 1;
}
