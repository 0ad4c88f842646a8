"""The gRPC layer: servicers built from the command table, the Pipeline
stream, and the one mapping from command errors to gRPC statuses."""
