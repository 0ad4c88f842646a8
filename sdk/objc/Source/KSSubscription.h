/* A Subscribe stream: the events the server sends, as they arrive. */
#import <Foundation/Foundation.h>

@class KSClient;

/* One published message. */
@interface KSMessage : NSObject
{
  NSData *_channel;
  NSData *_payload;
  NSData *_pattern;
}
- (instancetype)initWithEvent:(NSDictionary *)message;
- (NSData *)channel;
- (NSData *)payload;
/* The pattern that matched (PSUBSCRIBE), nil for a channel subscription. */
- (NSData *)pattern;
@end

@interface KSSubscription : NSObject
{
  KSClient *_client;
  void *_stream; /* ks_stream * */
  NSMutableArray *_pending;
}

- (instancetype)initWithClient:(KSClient *)client error:(NSError **)error;
/* Sends a SubscribeRequest (proto3 JSON) without waiting; its answers
 * arrive as events. */
- (BOOL)send:(NSDictionary *)request error:(NSError **)error;
/* Sends a SUBSCRIBE-like request ("SUBSCRIBE_ACTION_SUBSCRIBE", ...) and
 * waits (at most timeout seconds) until the server confirmed every name;
 * the confirmations are consumed, messages that came meanwhile wait. */
- (BOOL)follow:(NSArray *)names action:(NSString *)action timeout:(NSTimeInterval)timeout
         error:(NSError **)error;
/* The next event (a keyspace.v1.SubscriptionEvent: {"message": ...},
 * {"change": ...}, ...; heartbeats skipped), waiting at most timeout seconds
 * (negative: no limit). nil on timeout (*error left alone) or when the
 * stream ended (*error set). */
- (NSDictionary *)nextEventWithTimeout:(NSTimeInterval)timeout error:(NSError **)error;
/* The next published message, skipping other events; nil when none came
 * within timeout seconds or the stream ended. */
- (KSMessage *)nextMessageWithTimeout:(NSTimeInterval)timeout;
/* Ends the stream (also done on dealloc). */
- (void)close;
@end
