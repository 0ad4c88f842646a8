/*
 * Keyspace for Objective-C: a KSClient over the C SDK's JSON calls by RPC
 * name (libkeyspace). Messages are proto3 JSON as Foundation objects
 * (NSDictionary, bytes as base64 NSString, 64-bit integers as NSString);
 * Redis's nil is nil; a failure is an NSError in KSErrorDomain whose code is
 * the gRPC status code and whose userInfo carries the Redis error prefix
 * under KSRedisPrefixKey.
 */
#import <Foundation/Foundation.h>

@class KSPipeline;
@class KSSubscription;

/* The domain of every error the SDK reports. */
extern NSString *const KSErrorDomain;
/* userInfo key: the Redis error prefix ("WRONGTYPE", "ERR"); absent when the
 * failure is not a Redis error (an unreachable server, a passed deadline). */
extern NSString *const KSRedisPrefixKey;
/* userInfo key: the gRPC status code's name ("FAILED_PRECONDITION"). */
extern NSString *const KSStatusNameKey;

/* Codes of failures that happen in the SDK rather than on the wire. */
enum {
  /* Not a gRPC code: a message could not be converted to or from JSON. */
  KSErrorCodeInvalidMessage = 3 /* INVALID_ARGUMENT, as the C core uses */
};

/* An NSError in KSErrorDomain. */
NSError *KSMakeError(NSInteger code, NSString *message, NSString *prefix);

/* A key, value or channel for a request: an NSData as is, an NSString as
 * its UTF-8 bytes; returned as proto3 JSON bytes (base64). */
NSString *KSBase64(id bytes);
/* The bytes of a proto3 JSON bytes value (base64); nil for nil. */
NSData *KSDataFromBase64(id value);

/* A message in canonical proto3 JSON, as the C core prints it: message is
 * parsed as the request (response NO) or the response (YES) of the RPC
 * named rpc and printed back, so that two messages compare with isEqual:
 * whatever their field order, defaults or number forms. nil and *error set
 * when it is no such message. */
NSDictionary *KSCanonicalMessage(NSString *rpc, BOOL response, NSDictionary *message,
                                 NSError **error);

@interface KSClient : NSObject
{
  void *_client; /* ks_client * */
}

/* A client of the server at address ("host:port"); it connects when first
 * used and reconnects by itself. */
- (instancetype)initWithAddress:(NSString *)address;
/* The deadline of each unary call, in seconds; 0 (the default) means none. */
- (void)setTimeout:(NSTimeInterval)seconds;

/* Any unary RPC by name ("Get"): request and response as proto3 JSON
 * objects (nil request: the empty one). The generated -callGet:error: ...
 * (KSRpcs.h) are this with the name filled in. */
- (NSDictionary *)call:(NSString *)rpc request:(NSDictionary *)request error:(NSError **)error;

/* A few commands in Foundation types. Keys and values are NSData or
 * NSString (UTF-8). */
/* GET: the value, nil when the key is missing (or on failure, with *error
 * set: check the error to tell them apart). */
- (NSData *)get:(id)key error:(NSError **)error;
/* SET: YES when the value was written. */
- (BOOL)set:(id)key value:(id)value error:(NSError **)error;
/* DEL: how many keys were deleted; nil on failure. */
- (NSNumber *)del:(NSArray *)keys error:(NSError **)error;
/* INCR: the new value; nil on failure. */
- (NSNumber *)incr:(id)key error:(NSError **)error;
/* PUBLISH: how many subscribers received the message; nil on failure. */
- (NSNumber *)publish:(id)channel message:(id)message error:(NSError **)error;

/* A pipeline: commands queued and sent in one batch on the Pipeline stream. */
- (KSPipeline *)pipeline;

/* SUBSCRIBE / PSUBSCRIBE: a subscription that has the server's confirmation
 * of every channel (pattern), so a message published after this returns is
 * delivered by -nextMessageWithTimeout:. */
- (KSSubscription *)subscribe:(NSArray *)channels error:(NSError **)error;
- (KSSubscription *)psubscribe:(NSArray *)patterns error:(NSError **)error;
/* A Subscribe stream following nothing yet, for raw SubscribeRequests. */
- (KSSubscription *)openSubscription:(NSError **)error;

/* The C core's ks_client *, for KSPipeline and KSSubscription. */
- (void *)cClient;
@end

#import "KSPipeline.h"
#import "KSSubscription.h"
