"""The relay's two directions: customer to agent (inbound) and agent to customer (outbound)."""
